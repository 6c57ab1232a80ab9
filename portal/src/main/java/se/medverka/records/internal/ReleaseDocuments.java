package se.medverka.records.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Component;
import se.medverka.records.LegalGround;
import se.medverka.records.RequestViews.Details;
import se.medverka.records.RequestViews.Document;
import se.medverka.records.RequestViews.Redaction;
import se.medverka.records.ReviewDecision;
import se.medverka.shared.i18n.Language;
import se.medverka.shared.i18n.PortalI18NProvider;

/**
 * The two documents a secrecy review ends in: the released copy (a Swedish cover page, then each
 * released document with its redacted passages taken out of the text and replaced by a mark naming
 * the ground) and the decision to refuse, with how to appeal, in the requester's language and in
 * Swedish.
 */
@Component
public class ReleaseDocuments {

    private final PortalI18NProvider i18n;

    ReleaseDocuments(PortalI18NProvider i18n) {
        this.i18n = i18n;
    }

    public byte[] releasedCopy(Details r, String committee, LocalDate today) {
        try (PdfA pdf = new PdfA("Kopia av allmän handling " + r.caseNumber(), false)) {
            pdf.heading("Kopia av allmän handling");
            pdf.paragraph(committee + "\n"
                    + "Begäran " + r.caseNumber() + ", inkom " + r.receivedOn() + "\n"
                    + "Gäller ärende " + r.subjectCaseNumber() + "\n"
                    + "Utlämnad " + today);
            StringBuilder list = new StringBuilder();
            for (Document d : r.documents()) {
                list.append("• ").append(d.title()).append(": ").append(switch (d.decision()) {
                    case RELEASE -> "lämnas ut";
                    case RELEASE_REDACTED -> "lämnas ut med maskeringar enligt " + d.ground().citation();
                    case REFUSE -> "lämnas inte ut enligt " + d.ground().citation() + " (se beslutet)";
                }).append('\n');
            }
            pdf.heading("Handlingar");
            pdf.paragraph(list.toString());
            pdf.paragraph("Uppgifter som omfattas av sekretess har tagits bort ur texten och ersatts med en markering "
                    + "som anger lagrummet. De borttagna uppgifterna finns inte i den här filen.");
            for (Document d : r.documents()) {
                if (d.decision() == ReviewDecision.REFUSE) {
                    continue;
                }
                pdf.newPage();
                pdf.heading(d.title());
                pdf.paragraph(redacted(d.text(), d.redactions()));
            }
            return pdf.bytes();
        }
    }

    public byte[] refusal(Details r, String committee, LocalDate today) {
        Language language = Language.fromCode(r.requesterLanguage()).orElse(Language.SV);
        try (PdfA pdf = new PdfA("Beslut " + r.caseNumber(), language.rightToLeft())) {
            write(pdf, r, committee, today, language);
            if (language != Language.SV) {
                pdf.newPage();
                write(pdf, r, committee, today, Language.SV);
            }
            return pdf.bytes();
        }
    }

    /** The decision's text in one language, also shown on screen. */
    public String refusalText(Details r, String committee, LocalDate today, Language language) {
        StringBuilder out = new StringBuilder();
        out.append(i18n.translate("records.refusal.doc.title", language)).append("\n\n");
        out.append(i18n.translate("records.refusal.doc.intro", language, committee, r.caseNumber(), r.receivedOn().toString(),
                today.toString())).append("\n\n");
        for (Document d : r.documents()) {
            if (d.decision() == ReviewDecision.REFUSE) {
                out.append("• ").append(d.title()).append(" — ").append(d.ground().citation()).append(": ")
                        .append(i18n.translate(d.ground().labelKey(), language)).append('\n');
            }
        }
        out.append('\n').append(i18n.translate("records.refusal.doc.reason", language)).append("\n\n");
        out.append(i18n.translate("records.refusal.doc.appeal", language, committee, r.caseNumber()));
        return out.toString();
    }

    private void write(PdfA pdf, Details r, String committee, LocalDate today, Language language) {
        String text = refusalText(r, committee, today, language);
        int title = text.indexOf("\n\n");
        pdf.heading(text.substring(0, title));
        pdf.paragraph(text.substring(title + 2));
    }

    /** The text with every redacted range taken out and replaced by a mark with its ground. */
    public static String redacted(String text, List<Redaction> redactions) {
        List<Redaction> sorted = new ArrayList<>(redactions);
        sorted.sort(Comparator.comparingInt(Redaction::start));
        StringBuilder out = new StringBuilder();
        int at = 0;
        for (Redaction r : sorted) {
            int start = Math.max(at, Math.min(r.start(), text.length()));
            int end = Math.min(r.end(), text.length());
            if (end <= at) {
                continue;
            }
            out.append(text, at, start);
            out.append("[MASKERAT ").append(r.ground().citation()).append("]");
            at = end;
        }
        out.append(text.substring(Math.min(at, text.length())));
        return out.toString();
    }

    /** Every occurrence of each passage in the text, as ranges with the ground. */
    public static List<Redaction> ranges(String text, List<String> passages, LegalGround ground) {
        List<Redaction> out = new ArrayList<>();
        for (String p : passages) {
            int from = 0;
            int found;
            while ((found = text.indexOf(p, from)) >= 0) {
                out.add(new Redaction(found, found + p.length(), ground));
                from = found + p.length();
            }
        }
        return out;
    }
}
