package io.redweave.demo.music;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.redweave.demo.web.HttpProblem;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A music as a client sends it: {@code {"song": ..., "singer": ...}}. A field that is null was not
 * sent (allowed only in a partial update). {@code id} and {@code created} are read-only and ignored,
 * as in the tutorial's serializer.
 */
public record MusicInput(String song, String singer) {

    /**
     * Parses and checks a request body.
     *
     * @param partial whether fields may be left out (PATCH)
     * @throws HttpProblem 400 naming the problem: malformed JSON, not an object, or a bad field
     */
    public static MusicInput parse(byte[] body, ObjectMapper json, boolean partial) {
        JsonNode tree;
        try {
            tree = json.readTree(body);
        } catch (JsonProcessingException e) {
            throw new HttpProblem(
                    400,
                    String.format(
                            "Malformed JSON at line %d, column %d: %s.",
                            e.getLocation() == null ? 0 : e.getLocation().getLineNr(),
                            e.getLocation() == null ? 0 : e.getLocation().getColumnNr(),
                            e.getOriginalMessage()));
        } catch (java.io.IOException e) {
            throw new HttpProblem(400, "The body could not be read as JSON.");
        }
        if (tree == null || !tree.isObject()) {
            throw new HttpProblem(
                    400, "Malformed input: expected a JSON object like {\"song\": \"...\", \"singer\": \"...\"}.");
        }
        Map<String, String> errors = new LinkedHashMap<>();
        String song = field(tree, "song", partial, errors);
        String singer = field(tree, "singer", partial, errors);
        if (!errors.isEmpty()) {
            throw HttpProblem.invalid(errors);
        }
        return new MusicInput(song, singer);
    }

    private static String field(JsonNode tree, String name, boolean partial, Map<String, String> errors) {
        JsonNode node = tree.get(name);
        if (node == null) {
            if (!partial) {
                errors.put(name, "This field is required.");
            }
            return null;
        }
        if (!node.isTextual()) {
            errors.put(name, "Must be a string.");
            return null;
        }
        String value = node.textValue().strip();
        if (value.isEmpty()) {
            errors.put(name, "May not be blank.");
        } else if (value.length() > Music.MAX_LENGTH) {
            errors.put(name, String.format("At most %d characters (got %d).", Music.MAX_LENGTH, value.length()));
        }
        return value;
    }
}
