import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Random;

/**
 * Writes the gallery's 65 pictures: small SVG landscapes, each with its own sky, sun and hills, drawn
 * from a fixed seed so that running it again gives the same files. The output is committed under
 * src/main/resources/media/pictures, so the demo needs no internet to show its gallery.
 *
 * <p>Run from demo-app/: {@code java tools/MakePictures.java src/main/resources/media/pictures}
 */
public class MakePictures {

    static final int COUNT = 65;
    static final int W = 320;
    static final int H = 200;

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "src/main/resources/media/pictures");
        Files.createDirectories(dir);
        for (int i = 1; i <= COUNT; i++) {
            Files.writeString(dir.resolve(String.format("picture_%02d.svg", i)), picture(i));
        }
    }

    static String picture(int n) {
        Random r = new Random(7919L * n);
        int hue = (n * 47) % 360;
        boolean night = n % 5 == 0;
        StringBuilder s = new StringBuilder();
        s.append(String.format(Locale.ROOT,
                "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 %d %d\" width=\"%d\" height=\"%d\">%n",
                W, H, W, H));
        s.append("<defs><linearGradient id=\"sky\" x1=\"0\" y1=\"0\" x2=\"0\" y2=\"1\">");
        s.append(stop(0, hue, 70, night ? 18 : 62)).append(stop(1, (hue + 40) % 360, 80, night ? 35 : 86));
        s.append("</linearGradient></defs>\n");
        s.append(String.format("<rect width=\"%d\" height=\"%d\" fill=\"url(#sky)\"/>%n", W, H));
        s.append(String.format(Locale.ROOT, "<circle cx=\"%d\" cy=\"%d\" r=\"%d\" fill=\"%s\"/>%n",
                40 + r.nextInt(W - 80), 30 + r.nextInt(50), 14 + r.nextInt(16),
                night ? "#f4f1de" : hsl((hue + 180) % 360, 90, 70)));
        for (int layer = 0; layer < 3; layer++) {
            s.append(hills(r, 80 + layer * 35, hsl((hue + 120 + layer * 25) % 360, 35, (night ? 12 : 30) + layer * 9)));
        }
        s.append(String.format(Locale.ROOT,
                "<text x=\"12\" y=\"%d\" font-family=\"sans-serif\" font-size=\"16\" fill=\"#ffffff\""
                        + " fill-opacity=\"0.85\">#%02d</text>%n", H - 12, n));
        return s.append("</svg>\n").toString();
    }

    static String hills(Random r, int base, String colour) {
        StringBuilder p = new StringBuilder(String.format("<path fill=\"%s\" d=\"M0 %d", colour, H));
        int x = 0;
        while (x < W) {
            int step = 30 + r.nextInt(50);
            int peak = base - 10 - r.nextInt(45);
            p.append(String.format(" Q%d %d %d %d", x + step / 2, peak, Math.min(x + step, W), base + r.nextInt(12)));
            x += step;
        }
        return p.append(String.format(" L%d %d Z\"/>%n", W, H)).toString();
    }

    static String stop(int offset, int hue, int sat, int light) {
        return String.format("<stop offset=\"%d\" stop-color=\"%s\"/>", offset, hsl(hue, sat, light));
    }

    static String hsl(int h, int s, int l) {
        return String.format("hsl(%d,%d%%,%d%%)", h, s, l);
    }
}
