package se.medverka.records.internal;

import java.io.ByteArrayInputStream;
import java.util.stream.Collectors;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.ValidationResult;

/** Checks a document against PDF/A-2b with veraPDF (its own PDF parser, not PDFBox's). */
public final class PdfAValidation {

    static {
        VeraGreenfieldFoundryProvider.initialise();
    }

    private PdfAValidation() {
    }

    /** Null when the bytes are valid PDF/A-2b, else the rules that failed. */
    public static String problems(byte[] pdf) {
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), PDFAFlavour.PDFA_2_B);
             PDFAValidator validator = Foundries.defaultInstance().createValidator(PDFAFlavour.PDFA_2_B, false)) {
            ValidationResult result = validator.validate(parser);
            if (result.isCompliant()) {
                return null;
            }
            return result.getFailedChecks().keySet().stream()
                    .map(r -> r.getClause() + "-" + r.getTestNumber()).collect(Collectors.joining(", "));
        } catch (Exception e) {
            return "not readable: " + e.getMessage();
        }
    }
}
