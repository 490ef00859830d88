package io.redweave.demo.music;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.redweave.demo.web.HttpProblem;
import java.io.IOException;
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
        JsonNode tree = readOne(body, json);
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

    // one JSON value and nothing after it: "{...} trailing" is not a music
    private static JsonNode readOne(byte[] body, ObjectMapper json) {
        try (JsonParser parser = json.getFactory().createParser(body)) {
            JsonNode tree = json.readTree(parser);
            if (tree != null && hasMore(parser)) {
                throw new HttpProblem(
                        400,
                        String.format(
                                "Unexpected text after the JSON object at %s; send one object and nothing else.",
                                where(parser.currentLocation())));
            }
            return tree;
        } catch (StreamConstraintsException e) {
            throw new HttpProblem(
                    400,
                    "The JSON is nested too deeply or holds too large a value; send a flat object like "
                            + "{\"song\": \"...\", \"singer\": \"...\"}.");
        } catch (JsonProcessingException e) {
            throw new HttpProblem(
                    400, String.format("Malformed JSON at %s: %s.", where(e.getLocation()), e.getOriginalMessage()));
        } catch (IOException e) {
            throw new HttpProblem(400, "The body could not be read as JSON.");
        }
    }

    private static boolean hasMore(JsonParser parser) throws IOException {
        try {
            return parser.nextToken() != null;
        } catch (JsonProcessingException e) {
            return true;
        }
    }

    private static String where(JsonLocation at) {
        return at == null ? "an unknown place" : String.format("line %d, column %d", at.getLineNr(), at.getColumnNr());
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
