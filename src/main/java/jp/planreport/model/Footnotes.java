package jp.planreport.model;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Footnote markers (※1, ※2 …, or a bare ※) in body text and the notes that explain them. A note
 * line reads 「※1 ソーシャルメディア：…」 or 「※非現用文書：…」.
 */
public final class Footnotes {

    /** A marker in body text; full-width digits count (※１). */
    public static final Pattern MARKER = Pattern.compile("※([0-9０-９]*)");
    private static final Pattern NOTE_LINE = Pattern.compile("^※([0-9０-９]*)[\\s　]*(.*)$");

    private Footnotes() {
    }

    public static List<Note> parseNotes(String text) {
        List<Note> notes = new ArrayList<>();
        for (String line : TextRules.paragraph(text).split("\n")) {
            String s = line.strip();
            if (s.isEmpty()) {
                continue;
            }
            Matcher m = NOTE_LINE.matcher(s);
            if (m.matches()) {
                notes.add(new Note("※" + digits(m.group(1)), m.group(2)));
            } else if (!notes.isEmpty()) {
                // a note that wrapped onto a second line belongs to the note above it
                Note last = notes.remove(notes.size() - 1);
                notes.add(new Note(last.marker(), last.text() + "\n" + s));
            } else {
                notes.add(new Note("", s));
            }
        }
        return notes;
    }

    /** The markers of a text in order of first appearance, normalised (※１ → ※1). */
    public static Set<String> markersIn(String text) {
        Set<String> markers = new LinkedHashSet<>();
        if (text == null) {
            return markers;
        }
        Matcher m = MARKER.matcher(text);
        while (m.find()) {
            markers.add("※" + digits(m.group(1)));
        }
        return markers;
    }

    private static String digits(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFKC);
    }
}
