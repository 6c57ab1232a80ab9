package se.medverka.information.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import se.medverka.information.TranslationStatus;

/** A UI text stored at runtime that replaces the bundle file's text of the key in one language. */
@Entity
@Table(name = "information_ui_text")
public class UiText {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String language;
    @Column(name = "message_key")
    private String key;
    private String text;
    @Enumerated(EnumType.STRING)
    private TranslationStatus status;
    private Instant updatedAt;
    private String updatedBy;

    protected UiText() {
    }

    public UiText(String language, String key) {
        this.language = language;
        this.key = key;
    }

    public void change(String text, TranslationStatus status, Instant at, String by) {
        this.text = text;
        this.status = status;
        this.updatedAt = at;
        this.updatedBy = by;
    }

    public String getLanguage() { return language; }

    public String getKey() { return key; }

    public String getText() { return text; }

    public TranslationStatus getStatus() { return status; }
}
