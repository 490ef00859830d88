package io.redweave.demo.gallery;

import io.javalin.http.Context;
import io.redweave.demo.web.HttpProblem;
import io.redweave.demo.web.RouteTable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Images uploaded in the admin, stored under {@code {dataDir}/media/uploads} with a random name and
 * served at {@code /media/uploads/{name}}. Only PNG, JPEG and GIF are taken, checked by their first
 * bytes (never SVG, which can carry script).
 */
public final class PictureFiles {

    /** The largest upload accepted. */
    public static final int MAX_BYTES = 2 * 1024 * 1024;

    private static final String PREFIX = "/media/uploads/";
    private static final Pattern NAME = Pattern.compile("[0-9a-f-]{36}\\.(png|jpg|gif)");

    private final Path dir;

    public PictureFiles(Path dataDir) {
        this.dir = dataDir.resolve("media").resolve("uploads");
    }

    /** Registers the route that serves the uploads. */
    public void register(RouteTable routes) {
        routes.get(PREFIX + "{name}", this::serve);
    }

    /**
     * Stores an image and returns its URL.
     *
     * @throws HttpProblem 400 when it is not a PNG, JPEG or GIF; 413 when it is too large
     */
    public String store(byte[] bytes) {
        if (bytes.length > MAX_BYTES) {
            throw new HttpProblem(
                    413, String.format("The image has %d bytes; upload at most %d.", bytes.length, MAX_BYTES));
        }
        String ext = extension(bytes);
        String name = UUID.randomUUID() + "." + ext;
        try {
            Files.createDirectories(dir);
            Files.write(dir.resolve(name), bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return PREFIX + name;
    }

    /** Deletes the file behind {@code url} if it is an upload (the shipped pictures stay). */
    public void delete(String url) {
        if (url.startsWith(PREFIX)
                && NAME.matcher(url.substring(PREFIX.length())).matches()) {
            try {
                Files.deleteIfExists(dir.resolve(url.substring(PREFIX.length())));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private void serve(Context ctx) throws IOException {
        String name = ctx.pathParam("name");
        Path file = dir.resolve(name);
        if (!NAME.matcher(name).matches() || !Files.isRegularFile(file)) {
            throw HttpProblem.notFound("There is no image " + name + ".");
        }
        String type = name.endsWith(".png") ? "image/png" : name.endsWith(".gif") ? "image/gif" : "image/jpeg";
        ctx.contentType(type).header("X-Content-Type-Options", "nosniff").result(Files.readAllBytes(file));
    }

    private static String extension(byte[] b) {
        if (starts(b, 0x89, 'P', 'N', 'G')) {
            return "png";
        }
        if (starts(b, 0xFF, 0xD8, 0xFF)) {
            return "jpg";
        }
        if (starts(b, 'G', 'I', 'F', '8')) {
            return "gif";
        }
        throw new HttpProblem(400, "The file is not a PNG, JPEG or GIF image.");
    }

    private static boolean starts(byte[] bytes, int... magic) {
        return bytes.length >= magic.length && Arrays.equals(Arrays.copyOf(bytes, magic.length), toBytes(magic));
    }

    private static byte[] toBytes(int[] values) {
        byte[] out = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = (byte) values[i];
        }
        return out;
    }
}
