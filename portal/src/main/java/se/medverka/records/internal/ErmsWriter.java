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
 * ({@code https://DILCIS.eu/XML/ERMS}, schema 2.1.2, checked by {@link ErmsSchema}): a control part
 * naming the delivery, the archival creator (the committee, with the organisation number as agency
 * code) and the receiving archive, then one {@code aggregation} of type {@code caseFile} per case with
 * a {@code record} per document whose {@code additionalInformation} gives the path of its file in the
 * package and its SHA-256. Written with StAX, one case at a time, so
 * a year of cases never has to be in memory at once.
 */
final class ErmsWriter implements AutoCloseable {

    static final String NS = "https://DILCIS.eu/XML/ERMS";
    /** The name of the own element that holds a document file's SHA-256. */
    static final String CHECKSUM = "checksum";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ISO_OFFSET_DATE_TIME.withZone(ZoneOffset.UTC);

    private final XMLStreamWriter xml;

    /**
     * @param organisationNumber the archival creator's organisation number (maintenance agency's code), or blank
     */
    ErmsWriter(OutputStream out, String packageId, String committee, String organisationNumber, String archivist, int year,
               Instant now) {
        try {
            xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            xml.setDefaultNamespace(NS);
            xml.writeStartElement(NS, "erms");
            xml.writeDefaultNamespace(NS);
            xml.writeStartElement(NS, "control");
            element("identification", packageId, "identificationType", "deliveryId");
            element("informationClass", "Avslutade ärenden " + year);
            xml.writeStartElement(NS, "maintenanceInformation");
            empty("maintenanceStatus", "value", "new");
            xml.writeStartElement(NS, "maintenanceAgency");
            if (organisationNumber != null && !organisationNumber.isBlank()) {
                element("agencyCode", organisationNumber.strip(), "type", "organisationsnummer");
            }
            element("agencyName", committee);
            xml.writeEndElement();
            xml.writeStartElement(NS, "maintenanceHistory");
            xml.writeStartElement(NS, "maintenanceEvent");
            empty("eventType", "value", "created");
            element("eventDateTime", TIME.format(now));
            xml.writeStartElement(NS, "agent");
            xml.writeAttribute("agentType", "creator");
            element("name", "Medverka");
            xml.writeEndElement();
            xml.writeEndElement();
            xml.writeEndElement();
            xml.writeEndElement(); // maintenanceInformation
            xml.writeStartElement(NS, "systemInformation");
            xml.writeStartElement(NS, "agents");
            xml.writeStartElement(NS, "agent");
            xml.writeAttribute("agentType", "receiver");
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

    /**
     * One case: an aggregation of type caseFile, classified by its kind (the code as {@code classificationCode},
     * the Swedish name as text), with a record per document (its file and checksum in additionalInformation).
     */
    void caseFile(String caseNumber, String kind, String kindName, String title, Instant opened, Instant closed,
                  java.util.List<Record> records) {
        try {
            xml.writeStartElement(NS, "aggregation");
            xml.writeAttribute("systemIdentifier", caseNumber);
            xml.writeAttribute("aggregationType", "caseFile");
            element("objectId", caseNumber);
            element("classification", kindName, "classificationCode", kind);
            element("title", title);
            empty("status", "value", "closed");
            xml.writeStartElement(NS, "dates");
            date("created", opened);
            date("closed", closed);
            xml.writeEndElement();
            for (Record r : records) {
                xml.writeStartElement(NS, "record");
                xml.writeAttribute("systemIdentifier", r.id());
                xml.writeAttribute("recordType", "document");
                element("objectId", r.id());
                element("title", r.title());
                xml.writeStartElement(NS, "dates");
                date("created", r.created());
                xml.writeEndElement();
                xml.writeStartElement(NS, "additionalInformation");
                xml.writeStartElement(NS, "appendix");
                xml.writeAttribute("name", r.path().substring(r.path().lastIndexOf('/') + 1));
                xml.writeAttribute("path", r.path());
                xml.writeAttribute("fileFormat", "PDF/A-2b");
                xml.writeEndElement();
                // ERMS has no checksum on an appendix; it is given as an own element (and again in METS).
                xml.writeStartElement(NS, "ownElement");
                element("ownElementDescription", "Kontrollsumma för bilagans fil");
                xml.writeStartElement(NS, "ownElement");
                xml.writeAttribute("name", CHECKSUM);
                xml.writeAttribute("dataType", "SHA-256");
                element("value", r.sha256());
                xml.writeEndElement();
                xml.writeEndElement();
                xml.writeEndElement(); // additionalInformation
                xml.writeEndElement();
            }
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

    private void empty(String name, String attribute, String value) throws XMLStreamException {
        xml.writeStartElement(NS, name);
        xml.writeAttribute(attribute, value);
        xml.writeEndElement();
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
