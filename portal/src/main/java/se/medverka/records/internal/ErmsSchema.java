package se.medverka.records.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Checks an {@code erms.xml} against the official E-ARK CITS ERMS schema (version 2.1.2, the one of
 * content information type {@code citserms_v2_1}; {@code /records/erms/ERMS.xsd}, source and licence in
 * {@code SOURCE.txt} beside it). The schema is compiled once; a validator per check, since validators
 * are not thread-safe. The file is streamed, so a year of cases is never in memory at once. No external
 * entity or schema is fetched.
 */
public final class ErmsSchema {

    private static final int MAX_REPORTED = 5;
    private static final Schema SCHEMA = compile();

    private ErmsSchema() {
    }

    /** Null when the file is valid ERMS, else its first errors (line:column message). */
    public static String problems(Path erms) {
        List<String> errors = new ArrayList<>();
        Validator validator = SCHEMA.newValidator();
        try {
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        } catch (SAXException e) {
            throw new IllegalStateException(e);
        }
        validator.setErrorHandler(new ErrorHandler() {
            @Override
            public void warning(SAXParseException e) {
            }

            @Override
            public void error(SAXParseException e) {
                if (errors.size() < MAX_REPORTED) {
                    errors.add(e.getLineNumber() + ":" + e.getColumnNumber() + " " + e.getMessage());
                }
            }

            @Override
            public void fatalError(SAXParseException e) throws SAXParseException {
                error(e);
                throw e;
            }
        });
        try (InputStream in = Files.newInputStream(erms)) {
            validator.validate(new StreamSource(in));
        } catch (SAXParseException e) {
            // reported by the handler (not well-formed)
        } catch (SAXException | IOException e) {
            errors.add(e.getMessage());
        }
        return errors.isEmpty() ? null : "ERMS 2.1.2: " + String.join("; ", errors);
    }

    private static Schema compile() {
        URL xsd = ErmsSchema.class.getResource("/records/erms/ERMS.xsd");
        if (xsd == null) {
            throw new IllegalStateException("missing /records/erms/ERMS.xsd");
        }
        try {
            SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            return factory.newSchema(xsd);
        } catch (SAXException e) {
            throw new IllegalStateException("ERMS.xsd does not compile", e);
        }
    }
}
