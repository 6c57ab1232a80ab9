package se.medverka.records;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import se.medverka.complaint.ComplaintSubmission;
import se.medverka.complaint.Complaints;
import se.medverka.complaint.internal.RetentionJob;
import se.medverka.records.ArchiveDeliveries.Delivery;
import se.medverka.records.internal.ArchivePackager;
import se.medverka.records.internal.ErmsSchema;
import se.medverka.records.internal.PdfAValidation;
import se.medverka.records.internal.RecordsSettings;
import se.medverka.routing.CaseState;
import se.medverka.routing.Cases;
import se.medverka.routing.CommitteeChange;
import se.medverka.routing.CommitteeKind;
import se.medverka.routing.RegisterAdministration;
import se.medverka.shared.time.CityTime;
import se.medverka.testsupport.PublicRecordCases;
import se.medverka.testsupport.StaffFixtures;

/**
 * Delivery to the archive on PostgreSQL: a year of a committee's closed complaints becomes a valid
 * E-ARK/FGS package; a restore finds every case's metadata, documents and checksums; retention erases
 * the complaints only once the archive has receipted the delivery their decision requires.
 */
@SpringBootTest
class ArchiveDeliveryTest {

    @Autowired ArchiveDeliveries deliveries;
    @Autowired ErasureDecisions decisions;
    @Autowired Complaints complaints;
    @Autowired se.medverka.complaint.ComplaintHandling handling;
    @Autowired Cases cases;
    @Autowired RegisterAdministration register;
    @Autowired RetentionJob retention;
    @Autowired JdbcClient jdbc;
    @Autowired RecordsSettings settings;
    @Autowired PublicRecordCases otherKinds;

    private final String marker = "arkiv" + UUID.randomUUID().toString().substring(0, 8);

    @Test
    void retentionErasesOnlyWhatTheArchiveHasReceiptedAndThePackageRestoresEveryCase() throws Exception {
        long committee = committee("Arkivnämnden " + marker, "-n");
        int year = LocalDate.now(CityTime.ZONE).getYear() - 3;
        List<Long> caseIds = closedComplaints(committee, year, 3);
        // The committee's own decision: erase two years after closing, but only what the archive has receipted.
        StaffFixtures.asAdmin(() -> decisions.record("TEST-" + marker, LocalDate.now(CityTime.ZONE).minusDays(1), "Kommunstyrelsen",
                "COMPLAINT", committee, "P2Y", "Ärendena i e-arkivet hos Stadsarkivet", true));

        retention.eraseDue();
        assertThat(heldReasons(caseIds)).containsOnly("NOT_DELIVERED");

        Delivery delivery = StaffFixtures.asHandler("arkiv-registrator", committee, () -> deliveries.export(committee, year));
        assertThat(delivery.caseCount()).isEqualTo(3);
        Path zip = StaffFixtures.asHandler("arkiv-registrator", committee, () -> deliveries.packageFile(delivery.id()));
        assertThat(ArchivePackager.sha256(zip)).isEqualTo(delivery.sha256());
        Path scratch = Files.createTempDirectory("restore");
        assertThat(ArchivePackager.validate(zip, scratch)).isNull();
        restoreFindsEveryCase(zip, scratch, caseIds.size());

        retention.eraseDue();
        assertThat(heldReasons(caseIds)).containsOnly("NOT_DELIVERED");

        StaffFixtures.asHandler("arkiv-registrator", committee, () -> {
            assertThatThrownBy(() -> deliveries.confirmReceipt(delivery.id(), " "))
                    .isInstanceOfSatisfying(RecordsException.class, e -> assertThat(e.messageKey()).isEqualTo("records.archive.receipt.error.required"));
            deliveries.confirmReceipt(delivery.id(), "SSA 2026/" + marker);
            return null;
        });
        retention.eraseDue();
        for (long caseId : caseIds) {
            assertThat(jdbc.sql("select erased_at is not null and what_enc is null from complaint where case_id = :id")
                    .param("id", caseId).query(Boolean.class).single()).isTrue();
            assertThat(jdbc.sql("select detail from audit_log where action = 'COMPLAINT_ERASED' and subject_id = :id")
                    .param("id", String.valueOf(caseId)).query(String.class).single()).contains("TEST-" + marker);
        }

        // A package that fails validation is refused by the validator.
        Path broken = Files.createTempDirectory("broken").resolve("broken.zip");
        try (ZipFile in = new ZipFile(zip.toFile()); ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(broken))) {
            for (ZipEntry e : java.util.Collections.list(in.entries())) {
                if (e.getName().endsWith("/METS.xml") && e.getName().split("/").length == 2) {
                    continue; // the root METS goes missing
                }
                out.putNextEntry(new ZipEntry(e.getName()));
                try (InputStream data = in.getInputStream(e)) {
                    data.transferTo(out);
                }
                out.closeEntry();
            }
        }
        assertThat(ArchivePackager.validate(broken, scratch)).isNotNull();

        // Nothing to deliver: refused, nothing recorded.
        long before = jdbc.sql("select count(*) from records_archive_delivery").query(Long.class).single();
        StaffFixtures.asHandler("arkiv-registrator", committee, () -> {
            assertThatThrownBy(() -> deliveries.export(committee, 2001)).isInstanceOfSatisfying(RecordsException.class,
                    e -> assertThat(e.messageKey()).isEqualTo("records.archive.export.error.empty"));
            return null;
        });
        assertThat(jdbc.sql("select count(*) from records_archive_delivery").query(Long.class).single()).isEqualTo(before);
        // Another committee's handler cannot export this committee's year.
        StaffFixtures.asHandler("annan", committee + 100_000, () -> {
            assertThatThrownBy(() -> deliveries.export(committee, year)).isInstanceOf(RecordsException.class);
            return null;
        });
    }

    @Test
    void aPackageWhoseErmsFailsTheSchemaIsRefusedWithAMessageAndNothingIsKept() throws Exception {
        // A control character pasted into the committee's name cannot be written in XML: erms.xml fails the schema.
        long committee = committee("Arkiv\u0007nämnden " + marker, "-e");
        int year = LocalDate.now(CityTime.ZONE).getYear() - 3;
        closedComplaints(committee, year, 1);
        long before = jdbc.sql("select count(*) from records_archive_delivery").query(Long.class).single();
        Path archive = Path.of(settings.archiveDir());
        List<Path> filesBefore = files(archive);
        StaffFixtures.asHandler("arkiv-registrator", committee, () -> {
            assertThatThrownBy(() -> deliveries.export(committee, year)).isInstanceOfSatisfying(RecordsException.class,
                    e -> assertThat(e.messageKey()).isEqualTo("records.archive.export.error.erms"));
            return null;
        });
        assertThat(jdbc.sql("select count(*) from records_archive_delivery").query(Long.class).single()).isEqualTo(before);
        assertThat(files(archive)).as("no package and no working folder left").isEqualTo(filesBefore);
        assertThat(jdbc.sql("select detail from audit_log where action = 'RECORDS_ARCHIVE_INVALID' and subject_id = :c")
                .param("c", String.valueOf(committee)).query(String.class).single()).contains("ERMS 2.1.2");
    }

    @Test
    void aYearsDeliveryHoldsAComplaintAReferralAnswerAndABudgetProposalEachFoundOnRestore() throws Exception {
        long committee = committee("Leveransnämnden " + marker, "-k");
        int year = LocalDate.now(CityTime.ZONE).getYear() - 2;
        long complaint = closedComplaints(committee, year, 1).getFirst();
        long answer = otherKinds.referralAnswer(committee, "Parkplan " + marker, "Vi tillstyrker parkplanen. " + marker,
                "Bilaga " + marker + " med kartor");
        long proposal = otherKinds.budgetProposal(committee, "Bänkar " + marker, "Fler bänkar vid dammen. " + marker,
                "Dammen sköts av ett bolag.");
        for (long caseId : List.of(answer, proposal)) {
            StaffFixtures.asHandler("leverans-handlaggare", committee, () -> {
                cases.changeState(caseId, CaseState.CLOSED, null);
                return null;
            });
            jdbc.sql("update routing_case set closed_at = :at where id = :id")
                    .param("at", Timestamp.from(LocalDate.of(year, 9, 1).atStartOfDay().toInstant(ZoneOffset.UTC))).param("id", caseId).update();
        }
        // Another committee's handler cannot deliver them.
        StaffFixtures.asHandler("annan", committee + 100_000, () -> {
            assertThatThrownBy(() -> deliveries.export(committee, year)).isInstanceOf(RecordsException.class);
            return null;
        });

        Delivery delivery = StaffFixtures.asHandler("leverans-registrator", committee, () -> deliveries.export(committee, year));
        assertThat(delivery.caseCount()).isEqualTo(3);
        assertThat(jdbc.sql("select case_id from records_archive_delivery_case where delivery_id = :d").param("d", delivery.id())
                .query(Long.class).list()).containsExactlyInAnyOrder(complaint, answer, proposal);
        Path zip = StaffFixtures.asHandler("leverans-registrator", committee, () -> deliveries.packageFile(delivery.id()));
        assertThat(ArchivePackager.sha256(zip)).isEqualTo(delivery.sha256());
        Path scratch = Files.createTempDirectory("restore-kinds");
        assertThat(ArchivePackager.validate(zip, scratch)).isNull();

        Map<String, List<String>> restored = restoreByKind(zip);
        assertThat(restored).containsOnlyKeys("COMPLAINT", "REFERRAL_ANSWER", "BUDGET_PROPOSAL");
        assertThat(restored.get("COMPLAINT")).hasSize(2).allSatisfy(t -> assertThat(t).contains(marker));
        assertThat(restored.get("REFERRAL_ANSWER")).hasSize(2)
                .anySatisfy(t -> assertThat(t).contains("Vi tillstyrker parkplanen", "Parkplan " + marker))
                .anySatisfy(t -> assertThat(t).contains("Bilaga " + marker + " med kartor"));
        assertThat(restored.get("BUDGET_PROPOSAL")).singleElement().satisfies(t -> assertThat(t)
                .contains("Bänkar " + marker, "Fler bänkar vid dammen", "inte genomförbart", "Dammen sköts av ett bolag"));
    }

    /**
     * Every file that the package's METS documents list, by its path in the package, with its
     * checksum; each is there and has that checksum.
     */
    private static Map<String, String> metsChecksums(Path ip, DocumentBuilderFactory factory) throws Exception {
        Map<String, String> checksums = new HashMap<>();
        try (Stream<Path> all = Files.walk(ip)) {
            for (Path mets : all.filter(p -> p.getFileName().toString().equals("METS.xml")).toList()) {
                NodeList files = factory.newDocumentBuilder().parse(mets.toFile()).getElementsByTagNameNS("http://www.loc.gov/METS/", "file");
                for (int i = 0; i < files.getLength(); i++) {
                    Element file = (Element) files.item(i);
                    Element location = (Element) file.getElementsByTagNameNS("http://www.loc.gov/METS/", "FLocat").item(0);
                    String href = java.net.URLDecoder.decode(location.getAttributeNS("http://www.w3.org/1999/xlink", "href"),
                            java.nio.charset.StandardCharsets.UTF_8);
                    Path target = mets.getParent().resolve(href).normalize();
                    assertThat(target).exists();
                    assertThat(ArchivePackager.sha256(target)).isEqualToIgnoringCase(file.getAttribute("CHECKSUM"));
                    checksums.put(ip.relativize(target).toString(), file.getAttribute("CHECKSUM").toLowerCase());
                }
            }
        }
        return checksums;
    }

    /**
     * Unpacks the package and reads, from its ERMS metadata, each case's kind (its classification) and the text
     * of each of its documents; every document's SHA-256 in ERMS equals the file's and METS's, and each is PDF/A
     * with the case number in it.
     */
    private Map<String, List<String>> restoreByKind(Path zip) throws Exception {
        Path root = unpack(zip);
        Path ip;
        try (Stream<Path> top = Files.list(root)) {
            ip = top.toList().getFirst();
        }
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Map<String, String> metsChecksums = metsChecksums(ip, factory);
        Path erms = ip.resolve("metadata/descriptive/erms.xml");
        assertThat(ErmsSchema.problems(erms)).as("erms.xml is valid against the official ERMS schema").isNull();
        String ns = "https://DILCIS.eu/XML/ERMS";
        NodeList aggregations = factory.newDocumentBuilder().parse(erms.toFile()).getElementsByTagNameNS(ns, "aggregation");
        Map<String, List<String>> byKind = new HashMap<>();
        for (int i = 0; i < aggregations.getLength(); i++) {
            Element aggregation = (Element) aggregations.item(i);
            String caseNumber = aggregation.getElementsByTagNameNS(ns, "objectId").item(0).getTextContent();
            Element classification = (Element) aggregation.getElementsByTagNameNS(ns, "classification").item(0);
            String kind = classification.getAttribute("classificationCode");
            assertThat(classification.getTextContent()).isNotBlank();
            assertThat(aggregation.getElementsByTagNameNS(ns, "title").item(0).getTextContent()).contains(caseNumber);
            NodeList appendices = aggregation.getElementsByTagNameNS(ns, "appendix");
            assertThat(appendices.getLength()).isPositive();
            for (int j = 0; j < appendices.getLength(); j++) {
                Element appendix = (Element) appendices.item(j);
                byte[] pdf = Files.readAllBytes(ip.resolve(appendix.getAttribute("path")));
                assertThat(ArchivePackager.sha256(pdf)).isEqualTo(ermsChecksum(appendix))
                        .isEqualTo(metsChecksums.get(appendix.getAttribute("path")));
                assertThat(PdfAValidation.problems(pdf)).isNull();
                try (PDDocument doc = Loader.loadPDF(pdf)) {
                    String text = new PDFTextStripper().getText(doc);
                    assertThat(text).contains(caseNumber);
                    byKind.computeIfAbsent(kind, k -> new ArrayList<>()).add(text);
                }
            }
        }
        return byKind;
    }

    private long committee(String name, String suffix) {
        return StaffFixtures.asAdmin(() -> register.addCommittee(marker + suffix, null,
                new CommitteeChange(name, CommitteeKind.SPECIALIST, "registrator-arkiv@stad.example",
                        true, 2, 14))).id();
    }

    /** {@code n} complaints, forwarded to the committee, answered and closed in the middle of {@code year}. */
    private List<Long> closedComplaints(long committee, int year, int n) {
        List<Long> caseIds = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String number = complaints.submit(new ComplaintSubmission("ACCESSIBILITY", "library_culture", "farsta",
                    "Farsta bibliotek", null, "Hissen var trasig igen " + marker + "-" + i, List.of(), "Laga hissen", "ANONYMOUS",
                    null, null, "sv", "", Instant.now().minusSeconds(60)), "10.8.0." + (i + 10 + Math.abs(marker.hashCode() % 200))).caseNumber();
            caseIds.add(jdbc.sql("select case_id from complaint where case_number = :n").param("n", number).query(Long.class).single());
        }
        for (long caseId : caseIds) {
            await().atMost(Duration.ofSeconds(20)).until(() -> cases.status(caseId).orElseThrow().state() == CaseState.ASSIGNED);
            StaffFixtures.asAdmin(() -> {
                cases.forward(caseId, committee, "Till arkivnämnden");
                return null;
            });
            await().atMost(Duration.ofSeconds(20)).until(() -> committee == jdbc.sql("select coalesce(committee_id, 0) from complaint where case_id = :id")
                    .param("id", caseId).query(Long.class).single());
            StaffFixtures.asHandler("arkiv-handlaggare", committee, () -> {
                handling.answer(caseId, "Hissen är lagad. " + marker, "sv");
                handling.changeState(caseId, CaseState.CLOSED);
                return null;
            });
            jdbc.sql("update complaint set closed_at = :at where case_id = :id")
                    .param("at", Timestamp.from(LocalDate.of(year, 6, 15).atStartOfDay().toInstant(ZoneOffset.UTC))).param("id", caseId).update();
        }
        return caseIds;
    }

    private static List<Path> files(Path dir) throws java.io.IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> all = Files.list(dir)) {
            return all.sorted().toList();
        }
    }

    /** The SHA-256 ERMS gives for an appendix: the own element "checksum" beside it in additionalInformation. */
    private static String ermsChecksum(Element appendix) {
        Element info = (Element) appendix.getParentNode();
        NodeList own = info.getElementsByTagNameNS("https://DILCIS.eu/XML/ERMS", "ownElement");
        for (int i = 0; i < own.getLength(); i++) {
            Element e = (Element) own.item(i);
            if ("checksum".equals(e.getAttribute("name"))) {
                return e.getElementsByTagNameNS("https://DILCIS.eu/XML/ERMS", "value").item(0).getTextContent();
            }
        }
        return null;
    }

    private List<String> heldReasons(List<Long> caseIds) {
        return caseIds.stream().map(id -> jdbc.sql("select coalesce(retention_hold, 'ERASED') from complaint where case_id = :id")
                .param("id", id).query(String.class).single()).toList();
    }

    /** Unzips a package as the archive would, into a new folder; no entry may land outside it. */
    private static Path unpack(Path zip) throws Exception {
        Path root = Files.createTempDirectory("unpacked");
        try (ZipFile in = new ZipFile(zip.toFile())) {
            for (ZipEntry e : java.util.Collections.list(in.entries())) {
                Path target = root.resolve(e.getName()).normalize();
                assertThat(target.startsWith(root)).as("no entry escapes the folder").isTrue();
                if (e.isDirectory()) {
                    Files.createDirectories(target);
                    continue;
                }
                Files.createDirectories(target.getParent());
                try (InputStream data = in.getInputStream(e); OutputStream out = Files.newOutputStream(target)) {
                    data.transferTo(out);
                }
            }
        }
        return root;
    }

    /** Unpacks the package and finds, from its ERMS metadata, every case with its documents; every checksum holds. */
    private void restoreFindsEveryCase(Path zip, Path scratch, int cases) throws Exception {
        Path root = unpack(zip);
        Path ip;
        try (Stream<Path> top = Files.list(root)) {
            List<Path> folders = top.toList();
            assertThat(folders).as("a CSIP unpacks to one root folder").hasSize(1);
            ip = folders.getFirst();
        }
        assertThat(ip.resolve("METS.xml")).exists();
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        // Every file the METS documents lists is there with its checksum.
        Map<String, String> metsChecksums = metsChecksums(ip, factory);
        Path erms = ip.resolve("metadata/descriptive/erms.xml");
        assertThat(erms).exists();
        assertThat(ErmsSchema.problems(erms)).as("erms.xml is valid against the official ERMS schema").isNull();
        NodeList aggregations = factory.newDocumentBuilder().parse(erms.toFile()).getElementsByTagNameNS("https://DILCIS.eu/XML/ERMS", "aggregation");
        assertThat(aggregations.getLength()).isEqualTo(cases);
        int documents = 0;
        for (int i = 0; i < aggregations.getLength(); i++) {
            Element aggregation = (Element) aggregations.item(i);
            assertThat(aggregation.getAttribute("aggregationType")).isEqualTo("caseFile");
            String caseNumber = aggregation.getElementsByTagNameNS("https://DILCIS.eu/XML/ERMS", "objectId").item(0).getTextContent();
            assertThat(caseNumber).startsWith("MV-");
            NodeList appendices = aggregation.getElementsByTagNameNS("https://DILCIS.eu/XML/ERMS", "appendix");
            assertThat(appendices.getLength()).as("the complaint and its answer").isEqualTo(2);
            for (int j = 0; j < appendices.getLength(); j++) {
                Element appendix = (Element) appendices.item(j);
                Path file = ip.resolve(appendix.getAttribute("path"));
                assertThat(file).exists();
                byte[] pdf = Files.readAllBytes(file);
                assertThat(ArchivePackager.sha256(pdf)).isEqualTo(ermsChecksum(appendix))
                        .isEqualTo(metsChecksums.get(appendix.getAttribute("path")));
                assertThat(PdfAValidation.problems(pdf)).isNull();
                try (PDDocument doc = Loader.loadPDF(pdf)) {
                    assertThat(new PDFTextStripper().getText(doc)).contains(caseNumber).contains(marker);
                }
                documents++;
            }
        }
        assertThat(documents).isEqualTo(2 * cases);
    }
}
