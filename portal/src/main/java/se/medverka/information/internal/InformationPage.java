package se.medverka.information.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One information page; its texts per language are {@link PageText}s. */
@Entity
@Table(name = "information_page")
public class InformationPage {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String slug;
    private int position;
    /** False for a page that is part of another page (the accessibility statement's known gaps). */
    private boolean listed = true;
    private Instant createdAt;

    protected InformationPage() {
    }

    public InformationPage(String slug, int position, Instant createdAt) {
        this.slug = slug;
        this.position = position;
        this.createdAt = createdAt;
    }

    public Long getId() { return id; }

    public String getSlug() { return slug; }

    public int getPosition() { return position; }

    public boolean isListed() { return listed; }
}
