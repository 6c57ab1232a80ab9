package se.medverka.records.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * The package's case metadata after FGS Ärendehantering / E-ARK CITS ERMS
 * ({@code https://DILCIS.eu/XML/ERMS}): a control part naming the archive creator and the delivery,
 * then one {@code aggregation} of type {@code caseFile} per case with its records (documents), each
 * with the path of its file in the package and its SHA-256. Written with StAX, one case at a time, so
 * a year of cases never has to be in memory at once.
 */
final class ErmsWriter implements AutoCloseable {

    static final String NS = "https://DILCIS.eu/XML/ERMS";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ISO_OFFSET_DATE_TIME.withZone(ZoneOffset.UTC);

    private final XMLStreamWriter xml;

    ErmsWriter(OutputStream out, String packageId, String committee, String archivist, int year, Instant now) {
        try {
            xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            xml.setDefaultNamespace(NS);
            xml.writeStartElement(NS, "erms");
            xml.writeDefaultNamespace(NS);
            xml.writeStartElement(NS, "control");
            element("identification", packageId, "identificationType", "deliveryId");
            element("informationClass", "Klagomål på bemötande och bristande tillgänglighet " + year);
            xml.writeStartElement(NS, "maintenanceInformation");
            xml.writeStartElement(NS, "maintenanceStatus");
            xml.writeAttribute("value", "new");
            xml.writeEndElement();
            xml.writeStartElement(NS, "maintenanceAgency");
            element("agencyName", committee);
            xml.writeEndElement();
            xml.writeStartElement(NS, "maintenanceHistory");
            xml.writeStartElement(NS, "maintenanceEvent");
            xml.writeStartElement(NS, "eventType");
            xml.writeAttribute("value", "created");
            xml.writeEndElement();
            element("eventDateTime", TIME.format(now));
            xml.writeStartElement(NS, "agent");
            xml.writeAttribute("agentType", "creator");
            element("name", "Medverka");
            xml.writeEndElement();
            xml.writeEndElement();
            xml.writeEndElement();
            xml.writeEndElement();
            xml.writeStartElement(NS, "systemInformation");
            xml.writeStartElement(NS, "agents");
            xml.writeStartElement(NS, "agent");
            xml.writeAttribute("agentType", "archivist");
            element("name", archivist);
            xml.writeEndElement();
            xml.writeEndElement();
            xml.writeEndElement();
            xml.writeEndElement(); // control
            xml.writeStartElement(NS, "aggregations");
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    /** One document of a case: its identifier, title, time, and where its file is with its checksum. */
    record Record(String id, String title, Instant created, String path, String sha256) {
    }

    void caseFile(String caseNumber, String title, Instant opened, Instant closed, java.util.List<Record> records) {
        try {
            xml.writeStartElement(NS, "aggregation");
            xml.writeAttribute("systemIdentifier", caseNumber);
            xml.writeAttribute("aggregationType", "caseFile");
            element("objectId", caseNumber);
            element("title", title);
            xml.writeStartElement(NS, "status");
            xml.writeAttribute("value", "closed");
            xml.writeEndElement();
            xml.writeStartElement(NS, "dates");
            date("created", opened);
            date("closed", closed);
            xml.writeEndElement();
            xml.writeStartElement(NS, "records");
            for (Record r : records) {
                xml.writeStartElement(NS, "record");
                xml.writeAttribute("systemIdentifier", r.id());
                xml.writeAttribute("recordType", "document");
                element("objectId", r.id());
                element("title", r.title());
                xml.writeStartElement(NS, "dates");
                date("created", r.created());
                xml.writeEndElement();
                xml.writeStartElement(NS, "appendix");
                xml.writeAttribute("name", r.path().substring(r.path().lastIndexOf('/') + 1));
                xml.writeAttribute("path", r.path());
                xml.writeAttribute("fileFormat", "PDF/A-2b");
                xml.writeAttribute("checksum", r.sha256());
                xml.writeAttribute("checksumType", "SHA-256");
                xml.writeEndElement();
                xml.writeEndElement();
            }
            xml.writeEndElement();
            xml.writeEndElement();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        try {
            xml.writeEndElement();
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    private void date(String type, Instant at) throws XMLStreamException {
        if (at != null) {
            xml.writeStartElement(NS, "date");
            xml.writeAttribute("dateType", type);
            xml.writeCharacters(TIME.format(at));
            xml.writeEndElement();
        }
    }

    private void element(String name, String text, String... attributes) throws XMLStreamException {
        xml.writeStartElement(NS, name);
        for (int i = 0; i + 1 < attributes.length; i += 2) {
            xml.writeAttribute(attributes[i], attributes[i + 1]);
        }
        xml.writeCharacters(text == null ? "" : text);
        xml.writeEndElement();
    }

    static UncheckedIOException io(IOException e) {
        return new UncheckedIOException(e);
    }
}
