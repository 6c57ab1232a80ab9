package se.medverka.records.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.roda_project.commons_ip.utils.METSEnums.CreatorType;
import org.roda_project.commons_ip2.model.IPAgent;
import org.roda_project.commons_ip2.model.IPAgentNoteTypeEnum;
import org.roda_project.commons_ip2.model.IPAltRecordID;
import org.roda_project.commons_ip2.model.IPContentInformationType;
import org.roda_project.commons_ip2.model.IPContentType;
import org.roda_project.commons_ip2.model.IPDescriptiveMetadata;
import org.roda_project.commons_ip2.model.IPFile;
import org.roda_project.commons_ip2.model.IPRepresentation;
import org.roda_project.commons_ip2.model.MetadataType;
import org.roda_project.commons_ip2.model.SIP;
import org.roda_project.commons_ip2.model.impl.eark.EARKSIP;
import org.roda_project.commons_ip2.model.impl.eark.out.writers.factory.ZipWriteStrategyFactory;
import org.roda_project.commons_ip2.validator.EARKSIPValidator;
import org.roda_project.commons_ip2.validator.reporter.ValidationReportOutputJson;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.medverka.shared.records.PublicRecords.ClosedCase;
import se.medverka.shared.records.PublicRecords.Document;
import se.medverka.shared.time.CityTime;

/**
 * Builds a submission information package for the archive: E-ARK CSIP/SIP 2.1 built with commons-ip2,
 * laid out as FGS Paketstruktur expects (METS at the root, {@code metadata/descriptive/erms.xml} with
 * the case metadata after FGS Ärendehantering / CITS ERMS, {@code representations/rep1/data/<case>/}
 * with each document as PDF/A-2b), and checks every document with veraPDF, {@code erms.xml} against
 * the ERMS schema ({@link ErmsSchema}) and the package with commons-ip2's E-ARK validator. Cases come one at a time from the source; the decrypted documents exist only in a
 * working folder readable by the portal alone, which is deleted when the package is built.
 */
public final class ArchivePackager {

    private static final Logger log = LoggerFactory.getLogger(ArchivePackager.class);
    public static final String CSIP_VERSION = "2.1.0";

    /** The check a package failed. */
    public enum Check { PDFA, ERMS, EARK }

    /**
     * @param zip      the package, or null when nothing was packed or it failed validation (then deleted)
     * @param caseIds  the cases in it
     * @param failed   the check it failed (null when valid)
     * @param problem  why it is not valid (null when it is)
     */
    public record Result(Path zip, String sha256, long size, List<Long> caseIds, Check failed, String problem) {

        static Result invalid(List<Long> caseIds, Check failed, String problem) {
            return new Result(null, null, 0, caseIds, failed, problem);
        }
    }

    /**
     * Who the package names (E-ARK SIP 2.1 METS header agents, which FGS Paketstruktur 2.0 takes over):
     * the committee is the archival creator (ARCHIVIST) and the submitter (CREATOR organisation), both
     * with the city's organisation number as identification code; the archive is PRESERVATION; Medverka
     * is the creating software.
     *
     * @param archive             the receiving archive's name
     * @param organisationNumber  the city's organisation number as the archive wants it written, or blank
     * @param submissionAgreement the archive's reference of the submission agreement (leveransöverenskommelse), or blank
     */
    public record Parties(String archive, String organisationNumber, String submissionAgreement) {
    }

    private final Path target;
    private final Parties parties;
    private final int pdfaCheckEvery;

    /**
     * @param pdfaCheckEvery check every n-th document with veraPDF (1: every document, as deliveries do)
     */
    public ArchivePackager(Path target, Parties parties, int pdfaCheckEvery) {
        this.target = target;
        this.parties = parties;
        this.pdfaCheckEvery = Math.max(1, pdfaCheckEvery);
    }

    public Result build(String packageId, String committee, int year, Instant now, Consumer<Consumer<ClosedCase>> source) {
        Path work = null;
        try {
            Files.createDirectories(target);
            work = Files.createTempDirectory(target, "build-", PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
            Path data = Files.createDirectories(work.resolve("data"));
            Path erms = work.resolve("erms.xml");
            IPRepresentation representation = new IPRepresentation("rep1");
            List<Long> caseIds = new ArrayList<>();
            String[] problem = {null};
            int[] documents = {0};
            try (DejaVuSans font = new DejaVuSans();
                 OutputStream out = Files.newOutputStream(erms);
                 ErmsWriter metadata = new ErmsWriter(out, packageId, committee, parties.organisationNumber(), parties.archive(), year, now)) {
                Path dataDir = data;
                source.accept(c -> {
                    List<ErmsWriter.Record> records = new ArrayList<>();
                    Path folder = dataDir.resolve(c.caseNumber());
                    try {
                        Files.createDirectories(folder);
                        for (Document d : c.documents()) {
                            byte[] pdf = document(c, d, font);
                            if (documents[0]++ % pdfaCheckEvery == 0 && problem[0] == null) {
                                String bad = PdfAValidation.problems(pdf);
                                if (bad != null) {
                                    problem[0] = "PDF/A " + c.caseNumber() + "/" + d.key() + ": " + bad;
                                }
                            }
                            Path file = folder.resolve(d.key() + ".pdf");
                            Files.write(file, pdf);
                            IPFile ipFile = new IPFile(file, List.of(c.caseNumber()));
                            representation.addFile(ipFile);
                            records.add(new ErmsWriter.Record(c.caseNumber() + "/" + d.key(), d.title(), d.date(),
                                    "representations/rep1/data/" + c.caseNumber() + "/" + d.key() + ".pdf", sha256(pdf)));
                        }
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    metadata.caseFile(c.caseNumber(), c.kind(), c.kindName(), c.title(), c.receivedAt(), c.closedAt(), records);
                    caseIds.add(c.caseId());
                });
            }
            if (caseIds.isEmpty()) {
                return new Result(null, null, 0, caseIds, null, null);
            }
            if (problem[0] != null) {
                return Result.invalid(caseIds, Check.PDFA, problem[0]);
            }
            String ermsProblem = ErmsSchema.problems(erms);
            if (ermsProblem != null) {
                log.warn("erms.xml of package {} is not valid: {}", packageId, ermsProblem);
                return Result.invalid(caseIds, Check.ERMS, ermsProblem);
            }
            SIP sip = new EARKSIP(packageId, new IPContentType(IPContentType.IPContentTypeEnum.MIXED),
                    new IPContentInformationType(IPContentInformationType.IPContentInformationTypeEnum.citserms_v2_1), CSIP_VERSION);
            agents(sip, committee);
            sip.setDescription("Avslutade ärenden " + committee + " " + year + " (FGS Ärendehantering)");
            sip.addDescriptiveMetadata(new IPDescriptiveMetadata(new IPFile(erms),
                    new MetadataType(MetadataType.MetadataTypeEnum.OTHER).setOtherType("ERMS"), "2.1"));
            sip.addRepresentation(representation);
            Path zip = sip.build(new ZipWriteStrategyFactory().create(target), packageId);
            String invalid = validate(zip, work);
            if (invalid != null) {
                Files.deleteIfExists(zip);
                return Result.invalid(caseIds, Check.EARK, invalid);
            }
            return new Result(zip, sha256(zip), Files.size(zip), caseIds, null, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (Exception e) {
            throw new IllegalStateException("The package could not be built", e);
        } finally {
            delete(work);
        }
    }

    /** The METS header agents (E-ARK SIP 2.1: SIP9–SIP31; CSIP 2.1: the creating software), with commons-ip2's model. */
    private void agents(SIP sip, String committee) {
        String software = ArchivePackager.class.getPackage().getImplementationVersion();
        sip.addCreatorSoftwareAgent("Medverka", software == null ? "development" : software);
        String code = parties.organisationNumber() == null ? "" : parties.organisationNumber().strip();
        // commons-ip2 writes a note on every agent; without a number it stays empty, as the profile allows (0..1).
        sip.addAgent(new IPAgent(committee, "ARCHIVIST", null, CreatorType.ORGANIZATION, null, code, IPAgentNoteTypeEnum.IDENTIFICATIONCODE));
        sip.addAgent(new IPAgent(committee, "CREATOR", null, CreatorType.ORGANIZATION, null, code, IPAgentNoteTypeEnum.IDENTIFICATIONCODE));
        sip.addAgent(new IPAgent(parties.archive(), "PRESERVATION", null, CreatorType.ORGANIZATION, null, "",
                IPAgentNoteTypeEnum.IDENTIFICATIONCODE));
        if (parties.submissionAgreement() != null && !parties.submissionAgreement().isBlank()) {
            sip.getHeader().addAltRecordID(new IPAltRecordID().setType("SUBMISSIONAGREEMENT").setValue(parties.submissionAgreement().strip()));
        }
    }

    /** Null when commons-ip2's E-ARK SIP validator finds the package valid, else a short reason. */
    public static String validate(Path zip, Path reportDir) {
        try {
            Path report = Files.createTempFile(reportDir, "validation", ".json");
            boolean valid;
            int errors;
            try (OutputStream out = Files.newOutputStream(report)) {
                ValidationReportOutputJson json = new ValidationReportOutputJson(zip, out);
                valid = new EARKSIPValidator(json, CSIP_VERSION).validate(CSIP_VERSION);
                errors = json.getErrors();
            }
            if (!valid) {
                String text = Files.readString(report);
                log.warn("E-ARK validation failed for {}: {}", zip.getFileName(), text.length() > 20_000 ? text.substring(0, 20_000) : text);
            }
            Files.deleteIfExists(report);
            return valid ? null : "E-ARK CSIP " + CSIP_VERSION + ": " + errors + " errors";
        } catch (Exception e) {
            return "E-ARK CSIP " + CSIP_VERSION + ": not readable (" + e.getMessage() + ")";
        }
    }

    /** One document as PDF/A: the case's facts, then the document's text (a PDF attachment's text as extracted). */
    static byte[] document(ClosedCase c, Document d, DejaVuSans font) {
        ZoneId zone = CityTime.ZONE;
        try (PdfA pdf = new PdfA(d.title(), false, font)) {
            pdf.heading(d.title());
            pdf.paragraph("Ärende: " + c.caseNumber() + "\n"
                    + "Inkom: " + c.receivedAt().atZone(zone).toLocalDate() + "\n"
                    + "Avslutat: " + (c.closedAt() == null ? "" : c.closedAt().atZone(zone).toLocalDate()) + "\n"
                    + "Handlingens datum: " + d.date().atZone(zone).toLocalDate()
                    + (c.facts().isEmpty() ? "" : "\n" + String.join("\n", c.facts())));
            pdf.paragraph(CaseRecords.text(d));
            return pdf.bytes();
        }
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String sha256(Path file) throws IOException {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void delete(Path dir) {
        if (dir == null) {
            return;
        }
        try (Stream<Path> all = Files.walk(dir)) {
            all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            log.warn("Could not delete the working folder {}", dir, e);
        }
    }
}
