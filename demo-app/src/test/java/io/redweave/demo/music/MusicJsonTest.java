package io.redweave.demo.music;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class MusicJsonTest {

    private final MusicJson json = new MusicJson(new ObjectMapper());

    @Test
    void one_createdInTheEvening_showsTheHourOnA24HourClock() {
        MusicView evening = new MusicView(7, "Yellow", "Coldplay", LocalDateTime.of(2018, 3, 30, 19, 43, 0));

        String out = new String(json.one(evening), StandardCharsets.UTF_8);

        assertThat(out)
                .isEqualTo(
                        "{\"id\":7,\"song\":\"Yellow\",\"singer\":\"Coldplay\",\"created\":\"2018/03/30 19:43:00\"}");
    }

    @Test
    void list_morningAndEvening_areToldApart() {
        List<MusicView> two = List.of(
                new MusicView(1, "a", "b", LocalDateTime.of(2018, 3, 30, 7, 43, 0)),
                new MusicView(2, "a", "b", LocalDateTime.of(2018, 3, 30, 19, 43, 0)));

        assertThat(json.list(two)).contains("\"2018/03/30 07:43:00\"").contains("\"2018/03/30 19:43:00\"");
    }
}
