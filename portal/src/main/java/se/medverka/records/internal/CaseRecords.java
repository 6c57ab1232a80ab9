package se.medverka.records.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.springframework.stereotype.Component;
import se.medverka.routing.CaseKind;
import se.medverka.shared.records.PublicRecords;
import se.medverka.shared.records.PublicRecords.Document;

/**
 * The case kinds that can be requested and delivered to the archive: every {@link PublicRecords} bean,
 * in the order of routing's {@link CaseKind} (complaints first). A PDF document (an attachment) is
 * reviewed, released and archived as its text, extracted with PDFBox.
 */
@Component
public class CaseRecords {

    /** The case behind a number and the provider of its kind. */
    public record Found(PublicRecords provider, long caseId) {
    }

    private final List<PublicRecords> providers;

    CaseRecords(List<PublicRecords> providers) {
        List<PublicRecords> sorted = new ArrayList<>(providers);
        sorted.sort(Comparator.comparingInt(p -> CaseKind.valueOf(p.caseKind()).ordinal()));
        this.providers = List.copyOf(sorted);
    }

    /** The providers, complaints first. */
    public List<PublicRecords> all() {
        return providers;
    }

    public Optional<PublicRecords> of(String caseKind) {
        return providers.stream().filter(p -> p.caseKind().equals(caseKind)).findFirst();
    }

    /** The case a number names, if one provider knows it for the person's committee (case numbers are unique across kinds). */
    public Optional<Found> find(String caseNumber) {
        for (PublicRecords p : providers) {
            Optional<Long> id = p.caseIdOf(caseNumber);
            if (id.isPresent()) {
                return Optional.of(new Found(p, id.get()));
            }
        }
        return Optional.empty();
    }

    /** A document's text: its own, or what PDFBox extracts from its PDF (a note in Swedish when nothing can be read). */
    public static String text(Document d) {
        if (d.pdf() == null) {
            return d.text() == null ? "" : d.text();
        }
        try (PDDocument pdf = Loader.loadPDF(d.pdf())) {
            String text = new PDFTextStripper().getText(pdf).replace("\r", "").strip();
            return text.isEmpty() ? "(Filen innehåller ingen text som kan läsas ut, till exempel en inskannad bild. "
                    + "Originalfilen finns i ärendet.)" : text;
        } catch (IOException | RuntimeException e) {
            return "(Filen kunde inte läsas som PDF. Originalfilen finns i ärendet.)";
        }
    }
}
