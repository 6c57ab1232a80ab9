package se.medverka.records.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import se.medverka.shared.records.PublicRecords.ClosedCase;
import se.medverka.shared.records.PublicRecords;

/**
 * The package without the database: its {@code erms.xml} passes the official ERMS schema, its METS header
 * names the parties as E-ARK SIP 2.1 (FGS Paketstruktur 2.0) asks, and an ERMS that fails the schema
 * stops the package before anything is built.
 */
class ArchivePackagerTest {

    private static final String METS = "http://www.loc.gov/METS/";
    private static final Instant CLOSED = Instant.parse("2025-06-15T10:00:00Z");

    @TempDir
    Path target;

    @Test
    void theErmsIsValidAndTheMetsHeaderNamesCreatorSubmitterArchiveAndSoftware() throws Exception {
        ArchivePackager.Result result = new ArchivePackager(target,
                new ArchivePackager.Parties("Stadsarkivet", "VAT:SE2120001234", "SSA 2026/17"), 1)
                .build(UUID.randomUUID().toString(), "Kulturnämnden", 2025, Instant.now(), each -> cases(2).forEach(each));
        assertThat(result.problem()).isNull();
        assertThat(result.failed()).isNull();
        assertThat(result.caseIds()).containsExactly(1L, 2L);

        Path unpacked = Files.createDirectories(target.resolve("unpacked"));
        try (ZipFile zip = new ZipFile(result.zip().toFile())) {
            for (ZipEntry e : java.util.Collections.list(zip.entries())) {
                if (e.getName().endsWith("METS.xml") || e.getName().endsWith("erms.xml")) {
                    Path file = unpacked.resolve(e.getName()).normalize();
                    Files.createDirectories(file.getParent());
                    try (InputStream in = zip.getInputStream(e)) {
                        Files.copy(in, file);
                    }
                }
            }
        }
        Path erms;
        Path rootMets;
        try (Stream<Path> all = Files.walk(unpacked)) {
            List<Path> files = all.toList();
            erms = files.stream().filter(p -> p.endsWith(Path.of("metadata", "descriptive", "erms.xml"))).findFirst().orElseThrow();
            rootMets = files.stream().filter(p -> p.getFileName().toString().equals("METS.xml") && p.getParent().getParent().equals(unpacked))
                    .findFirst().orElseThrow();
        }
        assertThat(ErmsSchema.problems(erms)).isNull();
        Document ermsDoc = parse(erms);
        assertThat(ermsDoc.getElementsByTagNameNS(ErmsWriter.NS, "agencyCode").item(0).getTextContent()).isEqualTo("VAT:SE2120001234");
        assertThat(ermsDoc.getElementsByTagNameNS(ErmsWriter.NS, "record").getLength()).isEqualTo(4);

        Element header = (Element) parse(rootMets).getElementsByTagNameNS(METS, "metsHdr").item(0);
        List<String> agents = new ArrayList<>();
        NodeList list = header.getElementsByTagNameNS(METS, "agent");
        for (int i = 0; i < list.getLength(); i++) {
            Element agent = (Element) list.item(i);
            agents.add(agent.getAttribute("ROLE") + "/" + agent.getAttribute("TYPE") + agent.getAttribute("OTHERTYPE") + " "
                    + agent.getElementsByTagNameNS(METS, "name").item(0).getTextContent() + " "
                    + agent.getElementsByTagNameNS(METS, "note").item(0).getTextContent());
        }
        assertThat(agents).contains("ARCHIVIST/ORGANIZATION Kulturnämnden VAT:SE2120001234",
                "CREATOR/ORGANIZATION Kulturnämnden VAT:SE2120001234", "PRESERVATION/ORGANIZATION Stadsarkivet ");
        assertThat(agents).anyMatch(a -> a.startsWith("CREATOR/OTHERSOFTWARE Medverka "));
        Element agreement = (Element) header.getElementsByTagNameNS(METS, "altRecordID").item(0);
        assertThat(agreement.getAttribute("TYPE")).isEqualTo("SUBMISSIONAGREEMENT");
        assertThat(agreement.getTextContent()).isEqualTo("SSA 2026/17");
        assertThat(ArchivePackager.validate(result.zip(), target)).isNull();
    }

    @Test
    void anErmsThatFailsTheSchemaStopsThePackage() throws Exception {
        // A control character (pasted into a committee's name, say) cannot be in XML: the ERMS is not valid.
        ArchivePackager.Result result = new ArchivePackager(target, new ArchivePackager.Parties("Stadsarkivet", "", ""), 1)
                .build(UUID.randomUUID().toString(), "Kultur\u0007nämnden", 2025, Instant.now(), each -> cases(1).forEach(each));
        assertThat(result.failed()).isEqualTo(ArchivePackager.Check.ERMS);
        assertThat(result.problem()).startsWith("ERMS 2.1.2:");
        assertThat(result.zip()).isNull();
        try (Stream<Path> left = Files.list(target)) {
            assertThat(left.toList()).as("no package and no working folder with decrypted content left").isEmpty();
        }
    }

    @Test
    void theSchemaNamesWhatIsWrong() throws Exception {
        Path bad = target.resolve("erms.xml");
        Files.writeString(bad, """
                <erms xmlns="https://DILCIS.eu/XML/ERMS"><control><identification identificationType="x">1</identification>
                <maintenanceInformation><maintenanceStatus value="new"/><maintenanceAgency><agencyName>N</agencyName></maintenanceAgency>
                <maintenanceHistory><maintenanceEvent><eventType value="created"/><eventDateTime>2025-01-01T00:00:00Z</eventDateTime>
                <agent agentType="archivist"><name>A</name></agent></maintenanceEvent></maintenanceHistory></maintenanceInformation>
                </control><aggregations/></erms>""");
        assertThat(ErmsSchema.problems(bad)).contains("archivist");
    }

    private static List<ClosedCase> cases(int n) {
        List<ClosedCase> cases = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            String number = "MV-2025-%06d".formatted(i);
            cases.add(new ClosedCase(i, number, "COMPLAINT", "Klagomål", "Klagomål " + number, CLOSED.minus(Duration.ofDays(20)), CLOSED,
                    List.of("Språk: sv", "Anonymitet: ANONYMOUS"), List.of(
                    PublicRecords.Document.text("complaint", "Klagomål " + number, CLOSED.minus(Duration.ofDays(20)), "Vad hände: hissen " + i),
                    PublicRecords.Document.text("answer-1", "Svar 1 på klagomål " + number, CLOSED, "Hissen är lagad. " + i))));
        }
        return cases;
    }

    private static Document parse(Path xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(xml.toFile());
    }
}
