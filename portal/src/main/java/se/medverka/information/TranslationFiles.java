package se.medverka.information;

import jakarta.annotation.security.RolesAllowed;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.IntConsumer;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.medverka.audit.AuditLog;
import se.medverka.information.InformationException.Problem;
import se.medverka.shared.csv.CsvFile;
import se.medverka.information.internal.InformationPage;
import se.medverka.information.internal.InformationPageRepository;
import se.medverka.information.internal.PageText;
import se.medverka.information.internal.PageTextRepository;
import se.medverka.information.internal.PageWriter;
import se.medverka.information.internal.StoredTranslations;
import se.medverka.information.internal.TranslationCsv;
import se.medverka.information.internal.UiText;
import se.medverka.information.internal.UiTextRepository;
import se.medverka.shared.i18n.Language;
import se.medverka.shared.i18n.PortalI18NProvider;
import se.medverka.shared.security.CurrentStaff;

/**
 * All texts of one language — the UI bundle keys and the information pages — as one CSV file for
 * translators, and back. An import is checked completely first and stored in one transaction: one
 * bad row and nothing is stored. Imported UI texts are stored in {@code information_ui_text} and
 * replace the bundle files' texts at once (see {@link StoredTranslations}). Reading the file and
 * checking single cells is {@link TranslationCsv}'s.
 */
@Service
@RolesAllowed("ADMIN")
public class TranslationFiles {

    /** The columns of the file, in order; the header row must name them. */
    public static final List<String> COLUMNS = List.of("language", "type", "key", "swedish", "text", "status");
    static final String UI = "ui";
    static final String PAGE_TITLE = "page-title";
    static final String PAGE_BODY = "page-body";
    /** Languages whose bundle files are written by the city itself; the others' are drafts. */
    private static final Set<Language> REVIEWED_BUNDLES = Set.of(Language.SV, Language.SV_EASY, Language.EN);

    /** Counts of texts per status in one language. */
    public record LanguageStatus(Language language, Map<TranslationStatus, Integer> uiTexts,
                                 Map<TranslationStatus, Integer> pages) {
    }

    /** What an import changed. */
    public record ImportResult(int rows, int uiTexts, int pageTexts) {
    }

    private final PortalI18NProvider i18n;
    private final UiTextRepository uiTexts;
    private final InformationPageRepository pages;
    private final PageTextRepository pageTexts;
    private final PageWriter pageWriter;
    private final StoredTranslations stored;
    private final AuditLog audit;
    private final CurrentStaff staff;
    private final Clock clock;

    TranslationFiles(PortalI18NProvider i18n, UiTextRepository uiTexts, InformationPageRepository pages,
                     PageTextRepository pageTexts, PageWriter pageWriter, StoredTranslations stored,
                     AuditLog audit, CurrentStaff staff, Clock clock) {
        this.i18n = i18n;
        this.uiTexts = uiTexts;
        this.pages = pages;
        this.pageTexts = pageTexts;
        this.pageWriter = pageWriter;
        this.stored = stored;
        this.audit = audit;
        this.staff = staff;
        this.clock = clock;
    }

    public static String fileName(Language language) {
        return "medverka-" + language.code() + ".csv";
    }

    /** How complete every language is. */
    @Transactional(readOnly = true)
    public List<LanguageStatus> status() {
        List<LanguageStatus> all = new ArrayList<>();
        List<InformationPage> allPages = pages.findAll();
        for (Language language : Language.values()) {
            Map<TranslationStatus, Integer> ui = counts();
            uiRows(language).forEach(r -> ui.merge(r.status(), 1, Integer::sum));
            Map<TranslationStatus, Integer> pageCounts = counts();
            Map<Long, PageText> texts = byPage(language);
            for (InformationPage page : allPages) {
                PageText t = texts.get(page.getId());
                pageCounts.merge(t == null ? TranslationStatus.MISSING : t.getStatus(), 1, Integer::sum);
            }
            all.add(new LanguageStatus(language, ui, pageCounts));
        }
        return all;
    }

    /** The CSV file of one language (UTF-8 with a byte order mark, so spreadsheet programs read it right). */
    @Transactional(readOnly = true)
    public byte[] export(Language language) {
        StringBuilder out = new StringBuilder();
        CsvFile.Sheet csv = CsvFile.write(out).row(COLUMNS);
        for (UiRow row : uiRows(language)) {
            csv.row(language.code(), UI, row.key(), row.swedish(), row.text(), row.status().key());
        }
        Map<Long, PageText> texts = byPage(language);
        Map<Long, PageText> swedish = byPage(Language.SV);
        for (InformationPage page : pages.findAllByOrderByPositionAscSlugAsc()) {
            PageText t = texts.get(page.getId());
            PageText sv = swedish.get(page.getId());
            String status = (t == null ? TranslationStatus.MISSING : t.getStatus()).key();
            csv.row(language.code(), PAGE_TITLE, page.getSlug(), sv == null ? "" : sv.getTitle(), t == null ? "" : t.getTitle(), status);
            csv.row(language.code(), PAGE_BODY, page.getSlug(), sv == null ? "" : sv.getBody(), t == null ? "" : t.getBody(), status);
        }
        csv.flush();
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Reads a file exported for {@code language} (and edited by a translator) and stores what
     * changed: all of it, or — when any row is wrong — nothing, with every problem listed.
     * {@code progress} hears how many rows have been checked.
     */
    @Transactional(rollbackFor = Exception.class)
    public ImportResult importFile(Language language, byte[] content, IntConsumer progress) {
        List<CsvFile.Row> rows = TranslationCsv.parse(content, COLUMNS);
        List<Problem> problems = new ArrayList<>();
        Map<String, UiRow> current = new HashMap<>();
        uiRows(language).forEach(r -> current.put(r.key(), r));
        Map<String, InformationPage> pagesBySlug = new HashMap<>();
        pages.findAll().forEach(p -> pagesBySlug.put(p.getSlug(), p));
        Map<String, String[]> pageChanges = new HashMap<>();
        Map<String, TranslationStatus> pageStatus = new HashMap<>();
        List<UiRow> uiChanges = new ArrayList<>();
        Set<String> seen = new HashSet<>();

        for (int i = 1; i < rows.size(); i++) {
            CsvFile.Row row = rows.get(i);
            progress.accept(i);
            int line = row.line();
            List<String> f = row.fields();
            if (f.size() != COLUMNS.size()) {
                problems.add(new Problem(line, "information.translations.import.error.columns", List.of(line, COLUMNS.size())));
                continue;
            }
            String type = f.get(1).strip();
            String key = f.get(2).strip();
            String text = f.get(4).strip();
            if (!language.code().equals(f.get(0).strip().toLowerCase(Locale.ROOT))) {
                problems.add(new Problem(line, "information.translations.import.error.language", List.of(line, f.get(0))));
                continue;
            }
            if (!seen.add(type + "|" + key)) {
                problems.add(new Problem(line, "information.translations.import.error.duplicate", List.of(line, key)));
                continue;
            }
            Optional<TranslationStatus> status = TranslationCsv.status(f.get(5), text);
            if (status.isEmpty()) {
                problems.add(new Problem(line, "information.translations.import.error.status", List.of(line, f.get(5))));
                continue;
            }
            switch (type) {
                case UI -> {
                    UiRow now = current.get(key);
                    if (now == null) {
                        problems.add(new Problem(line, "information.translations.import.error.key", List.of(line, key)));
                    } else if (!text.isEmpty()) {
                        TranslationCsv.checkUiText(line, now.key(), now.swedish(), text, problems);
                        if (!text.equals(now.text()) || status.get() != now.status()) {
                            uiChanges.add(new UiRow(key, now.swedish(), text, status.get()));
                        }
                    }
                }
                case PAGE_TITLE, PAGE_BODY -> {
                    if (!pagesBySlug.containsKey(key)) {
                        problems.add(new Problem(line, "information.translations.import.error.page", List.of(line, key)));
                    } else if (!text.isEmpty()) {
                        String[] pair = pageChanges.computeIfAbsent(key, k -> new String[] {null, null, String.valueOf(line)});
                        pair[PAGE_TITLE.equals(type) ? 0 : 1] = text;
                        pageStatus.merge(key, status.get(), (a, b) -> a == TranslationStatus.DRAFT ? a : b);
                    }
                }
                default -> problems.add(new Problem(line, "information.translations.import.error.type", List.of(line, type)));
            }
        }
        Map<Long, PageText> existing = byPage(language);
        pageChanges.forEach((slug, pair) -> {
            PageText now = existing.get(pagesBySlug.get(slug).getId());
            if (pair[0] == null) {
                pair[0] = now == null ? null : now.getTitle();
            }
            if (pair[1] == null) {
                pair[1] = now == null ? null : now.getBody();
            }
            problems.addAll(InformationPages.check(Integer.parseInt(pair[2]), pair[0], pair[1], pageStatus.get(slug)));
        });
        if (!problems.isEmpty()) {
            problems.sort(java.util.Comparator.comparingInt(Problem::line));
            throw new InformationException(problems);
        }

        String actor = staff.actor();
        for (UiRow change : uiChanges) {
            UiText t = uiTexts.findByLanguageAndKey(language.code(), change.key())
                    .orElseGet(() -> new UiText(language.code(), change.key()));
            t.change(change.text(), change.status(), clock.instant(), actor);
            uiTexts.save(t);
        }
        int changedPages = 0;
        for (String slug : new TreeSet<>(pageChanges.keySet())) {
            String[] pair = pageChanges.get(slug);
            if (pageWriter.write(pagesBySlug.get(slug), language, pair[0], pair[1], pageStatus.get(slug))) {
                changedPages++;
            }
        }
        audit.record(actor, "TRANSLATIONS_IMPORTED", "language", language.code(),
                (rows.size() - 1) + " rows, " + uiChanges.size() + " UI texts, " + changedPages + " page texts");
        stored.reloadAfterCommit();
        return new ImportResult(rows.size() - 1, uiChanges.size(), changedPages);
    }

    private record UiRow(String key, String swedish, String text, TranslationStatus status) {
    }

    /** Every key of the Swedish bundle with the language's own text (stored first, then file) and status. */
    private List<UiRow> uiRows(Language language) {
        Map<String, UiText> overrides = new HashMap<>();
        uiTexts.findByLanguage(language.code()).forEach(t -> overrides.put(t.getKey(), t));
        Map<String, String> files = i18n.bundle(language);
        List<UiRow> rows = new ArrayList<>();
        for (String key : new TreeSet<>(i18n.bundle(Language.SV).keySet())) {
            String swedish = i18n.bundle(Language.SV).get(key);
            UiText override = overrides.get(key);
            if (override != null) {
                rows.add(new UiRow(key, swedish, override.getText(), override.getStatus()));
            } else if (files.containsKey(key)) {
                rows.add(new UiRow(key, swedish, files.get(key),
                        REVIEWED_BUNDLES.contains(language) ? TranslationStatus.REVIEWED : TranslationStatus.DRAFT));
            } else {
                rows.add(new UiRow(key, swedish, "", TranslationStatus.MISSING));
            }
        }
        return rows;
    }

    private Map<Long, PageText> byPage(Language language) {
        Map<Long, PageText> map = new HashMap<>();
        pageTexts.findByLanguage(language.code()).forEach(t -> map.put(t.getPageId(), t));
        return map;
    }

    private static Map<TranslationStatus, Integer> counts() {
        Map<TranslationStatus, Integer> m = new EnumMap<>(TranslationStatus.class);
        for (TranslationStatus s : TranslationStatus.values()) {
            m.put(s, 0);
        }
        return m;
    }
}
