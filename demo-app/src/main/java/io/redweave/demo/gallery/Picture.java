package io.redweave.demo.gallery;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/** A picture of the gallery; {@code url} is where its image file is served and its leaderboard member. */
@Entity
@Table(name = "picture")
public class Picture {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "picture_seq")
    @SequenceGenerator(name = "picture_seq", sequenceName = "picture_seq", allocationSize = 1)
    private Long id;

    @Column(nullable = false, length = 100)
    private String title;

    @Column(nullable = false, unique = true, length = 200)
    private String url;

    @Column(nullable = false)
    private LocalDateTime created;

    protected Picture() {}

    public Picture(String title, String url, LocalDateTime created) {
        this.title = title;
        this.url = url;
        this.created = created;
    }

    public Long id() {
        return id;
    }

    public String title() {
        return title;
    }

    public String url() {
        return url;
    }

    public LocalDateTime created() {
        return created;
    }

    /** The value that pages and the cache hold. */
    public PictureView view() {
        return new PictureView(id, title, url);
    }
}
