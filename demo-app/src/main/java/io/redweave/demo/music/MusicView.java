package io.redweave.demo.music;

import java.time.LocalDateTime;

/**
 * A music as the service returns it and the {@code musics} cache stores it (full precision; the API
 * formats {@code created} its own way).
 */
public record MusicView(long id, String song, String singer, LocalDateTime created) {}
