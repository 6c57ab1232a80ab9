package se.medverka.information.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import se.medverka.information.TranslationStatus;

/** A page's title and Markdown text in one language. */
@Entity
@Table(name = "information_page_text")
public class PageText {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long pageId;
    private String language;
    private String title;
    private String body;
    @Enumerated(EnumType.STRING)
    private TranslationStatus status;
    private Instant updatedAt;
    private String updatedBy;

    protected PageText() {
    }

    public PageText(Long pageId, String language) {
        this.pageId = pageId;
        this.language = language;
    }

    public void change(String title, String body, TranslationStatus status, Instant at, String by) {
        this.title = title;
        this.body = body;
        this.status = status;
        this.updatedAt = at;
        this.updatedBy = by;
    }

    public Long getPageId() { return pageId; }

    public String getLanguage() { return language; }

    public String getTitle() { return title; }

    public String getBody() { return body; }

    public TranslationStatus getStatus() { return status; }
}
