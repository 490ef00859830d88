package io.redweave.demo.music;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Writes musics as the tutorial's API does: {@code {"id","song","singer","created"}}, a list as a
 * bare array, with {@code created} as {@code yyyy/MM/dd HH:mm:ss}. The tutorial's {@code
 * %Y/%m/%d %I:%M:%S} is a 12-hour clock without AM or PM, so 07:43 and 19:43 read the same; the demo
 * keeps its layout and uses a 24-hour clock. Streams straight to bytes: the list has 10,000 rows.
 */
public final class MusicJson {

    /** The tutorial's date layout on a 24-hour clock. */
    public static final DateTimeFormatter CREATED = DateTimeFormatter.ofPattern("yyyy/MM/dd HH:mm:ss");

    private final ObjectMapper json;

    public MusicJson(ObjectMapper json) {
        this.json = json;
    }

    /** A list as a JSON array. */
    public String list(List<MusicView> musics) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(musics.size() * 72 + 16);
        try (JsonGenerator g = json.getFactory().createGenerator(out)) {
            g.writeStartArray();
            LocalDateTime lastCreated = null;
            String lastText = null;
            for (MusicView m : musics) {
                // rows created together share their text: formatting is the costly part of a row
                if (!m.created().equals(lastCreated)) {
                    lastCreated = m.created();
                    lastText = CREATED.format(lastCreated);
                }
                write(g, m, lastText);
            }
            g.writeEndArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    /** One music as a JSON object. */
    public byte[] one(MusicView music) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(128);
        try (JsonGenerator g = json.getFactory().createGenerator(out)) {
            write(g, music, CREATED.format(music.created()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void write(JsonGenerator g, MusicView m, String created) throws IOException {
        g.writeStartObject();
        g.writeNumberField("id", m.id());
        g.writeStringField("song", m.song());
        g.writeStringField("singer", m.singer());
        g.writeStringField("created", created);
        g.writeEndObject();
    }
}
