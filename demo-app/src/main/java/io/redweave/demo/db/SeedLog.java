package io.redweave.demo.db;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/** One row per seeded data set, so a restart never seeds it again (even after the rows were deleted). */
@Entity
@Table(name = "seed_log")
public class SeedLog {

    @Id
    private String name;

    @Column(name = "seeded_at")
    private LocalDateTime seededAt;

    protected SeedLog() {}

    public SeedLog(String name, LocalDateTime seededAt) {
        this.name = name;
        this.seededAt = seededAt;
    }

    public String name() {
        return name;
    }

    public LocalDateTime seededAt() {
        return seededAt;
    }
}
