package io.redweave.demo.music;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/** A row of the tutorial's music table. */
@Entity
@Table(name = "music")
public class Music {

    /** Longest song or singer name accepted, as the tutorial's model field. */
    public static final int MAX_LENGTH = 100;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "music_seq")
    @SequenceGenerator(name = "music_seq", sequenceName = "music_seq", allocationSize = 50)
    private Long id;

    @Column(nullable = false, length = MAX_LENGTH)
    private String song;

    @Column(nullable = false, length = MAX_LENGTH)
    private String singer;

    @Column(nullable = false)
    private LocalDateTime created;

    protected Music() {}

    public Music(String song, String singer, LocalDateTime created) {
        this.song = song;
        this.singer = singer;
        this.created = created;
    }

    public Long id() {
        return id;
    }

    public void song(String song) {
        this.song = song;
    }

    public void singer(String singer) {
        this.singer = singer;
    }

    public MusicView view() {
        return new MusicView(id, song, singer, created);
    }
}
