package vn.luanchuyen.bulletin;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Where a key's value sits in a properties file, for messages about it: {@code file:line:column}
 * of the value's first character (columns count characters from 1) on the key's last line, the
 * one {@link java.util.Properties} keeps, or the file alone when the key is not on a line of its
 * own. {@link java.util.Properties} reads the values but keeps no
 * positions.
 */
final class PropertyLines {
    private PropertyLines() {
    }

    static String where(Path file, String key) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return file.toString();
        }
        String found = file.toString();
        boolean continued = false;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            boolean starts = !continued;
            int at = skipBlanks(line, 0);
            boolean comment = starts && at < line.length() && (line.charAt(at) == '#' || line.charAt(at) == '!');
            continued = !comment && endsWithOddBackslashes(line); // a comment does not go on to the next line
            if (!starts || comment || !line.startsWith(key, at)) continue;
            int after = at + key.length();
            if (after < line.length() && " \t\f=:".indexOf(line.charAt(after)) < 0) continue; // a longer key
            int value = skipBlanks(line, after);
            if (value < line.length() && (line.charAt(value) == '=' || line.charAt(value) == ':')) value = skipBlanks(line, value + 1);
            found = file + ":" + (i + 1) + ":" + (line.codePointCount(0, value) + 1); // the last of a key's lines is the one read
        }
        return found;
    }

    private static int skipBlanks(String line, int from) {
        int i = from;
        while (i < line.length() && " \t\f".indexOf(line.charAt(i)) >= 0) i++;
        return i;
    }

    private static boolean endsWithOddBackslashes(String line) {
        int n = 0;
        for (int i = line.length() - 1; i >= 0 && line.charAt(i) == '\\'; i--) n++;
        return n % 2 == 1;
    }
}
