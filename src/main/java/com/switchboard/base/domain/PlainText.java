package com.switchboard.base.domain;

/**
 * The one rule for text the system takes, in the portal and through the API: every character one
 * that XML 1.0 can carry and a person can read. Refused are C0 and C1 control characters and DEL
 * (tab, line feed and carriage return only in {@linkplain #problem(String, boolean) multi-line}
 * fields), the noncharacters (U+FDD0–U+FDEF and every U+xxFFFE/U+xxFFFF), surrogates that are not
 * one half of a pair, and a value made only of invisible characters (white space, zero-width and
 * other format characters, fillers). The empty string is no value at all and is left to each
 * field's own rule (required or not).
 * <p>
 * {@link #carriedByXml(int)} is the narrower rule of the XML 1.0 {@code Char} production, which the
 * XML writer and the request reader hold every text to.
 */
public final class PlainText {

    /** What the XML writer writes in place of a character XML cannot carry. */
    public static final int REPLACEMENT = 0xFFFD;
    /** The problem of a value made only of invisible characters. */
    public static final String NOTHING_VISIBLE = "has no visible characters";

    private PlainText() {}

    /**
     * Why {@code value} is not acceptable text, as the end of a sentence naming the field (e.g.
     * "contains a control character (U+0001)"), or null when it is; null and "" are acceptable.
     */
    public static String problem(String value, boolean multiLine) {
        if (value == null || value.isEmpty()) {
            return null;
        }
        boolean visible = false;
        for (int i = 0; i < value.length(); ) {
            char c = value.charAt(i);
            if (Character.isSurrogate(c)) {
                if (!Character.isHighSurrogate(c) || i + 1 >= value.length()
                        || !Character.isLowSurrogate(value.charAt(i + 1))) {
                    return "contains a lone surrogate (" + hex(c) + ")";
                }
            }
            int cp = value.codePointAt(i);
            if (Character.getType(cp) == Character.CONTROL && !(multiLine && isLineOrTab(cp))) {
                return "contains a control character (" + hex(cp) + ")";
            }
            if (isNoncharacter(cp)) {
                return "contains a noncharacter (" + hex(cp) + ")";
            }
            visible |= !isInvisible(cp);
            i += Character.charCount(cp);
        }
        return visible ? null : NOTHING_VISIBLE;
    }

    /** Refuses {@code value} for {@code field} (named {@code label} to a person) unless it is acceptable. */
    public static void require(String field, String label, String value, boolean multiLine) {
        String problem = problem(value, multiLine);
        if (problem != null) {
            throw new ValidationException(field, label + " " + problem);
        }
    }

    /** Can XML 1.0 carry this code point (its {@code Char} production)? */
    public static boolean carriedByXml(int cp) {
        return cp == 0x9 || cp == 0xA || cp == 0xD || (cp >= 0x20 && cp <= 0xD7FF)
                || (cp >= 0xE000 && cp <= 0xFFFD) || (cp >= 0x10000 && cp <= 0x10FFFF);
    }

    /**
     * The first character of {@code value} that XML 1.0 cannot carry (a lone surrogate counts as
     * one), as {@code U+0001}, or null when XML can carry all of it.
     */
    public static String firstNotCarriedByXml(String value) {
        for (int i = 0; i < value.length(); ) {
            int cp = value.codePointAt(i);
            if (!carriedByXml(cp)) {
                return hex(cp);
            }
            i += Character.charCount(cp);
        }
        return null;
    }

    /**
     * {@code value} made acceptable for the stored data that predates this rule: characters it
     * refuses are dropped (in single-line text a tab or line break becomes a space), and text with
     * nothing visible left becomes "".
     */
    public static String clean(String value, boolean multiLine) {
        if (value == null || problem(value, multiLine) == null) {
            return value;
        }
        StringBuilder out = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); ) {
            int cp = value.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isSurrogate((char) cp) && Character.isBmpCodePoint(cp)) {
                continue;
            }
            if (isLineOrTab(cp) && !multiLine) {
                out.append(' ');
            } else if (!(Character.getType(cp) == Character.CONTROL && !isLineOrTab(cp)) && !isNoncharacter(cp)) {
                out.appendCodePoint(cp);
            }
        }
        String cleaned = out.toString();
        return problem(cleaned, multiLine) == null ? cleaned : "";
    }

    private static boolean isLineOrTab(int cp) {
        return cp == '\t' || cp == '\n' || cp == '\r';
    }

    private static boolean isNoncharacter(int cp) {
        return (cp >= 0xFDD0 && cp <= 0xFDEF) || (cp & 0xFFFE) == 0xFFFE;
    }

    /** White space, controls, format characters (zero-width, bidirectional marks) and the blank fillers. */
    private static boolean isInvisible(int cp) {
        int type = Character.getType(cp);
        return Character.isWhitespace(cp) || Character.isSpaceChar(cp) || type == Character.FORMAT
                || type == Character.CONTROL || cp == 0x034F || cp == 0x115F || cp == 0x1160 || cp == 0x180E
                || cp == 0x2800 || cp == 0x3164 || cp == 0xFFA0 || (cp >= 0xFE00 && cp <= 0xFE0F)
                || (cp >= 0xE0100 && cp <= 0xE01EF);
    }

    private static String hex(int cp) {
        return String.format("U+%04X", cp);
    }
}
