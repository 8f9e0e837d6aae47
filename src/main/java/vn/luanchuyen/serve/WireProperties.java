package vn.luanchuyen.serve;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/**
 * Java properties in UTF-8, as the preview server's file and the builds handed to it are written:
 * the JDK reads them in a process just started, where a JSON library would first have to load.
 */
final class WireProperties {
    private WireProperties() {
    }

    /** Writes {@code p} to {@code out}, with {@code comment} as its first line when not null; leaves {@code out} open. */
    static void store(Properties p, String comment, OutputStream out) throws IOException {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        p.store(w, comment);
        w.flush();
    }

    static Properties load(InputStream in) throws IOException {
        Properties p = new Properties();
        p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        return p;
    }

    /** The value of {@code key}; {@link IllegalArgumentException} when it is missing. */
    static String required(Properties p, String key) {
        String v = p.getProperty(key);
        if (v == null) throw new IllegalArgumentException("missing " + key);
        return v;
    }
}
