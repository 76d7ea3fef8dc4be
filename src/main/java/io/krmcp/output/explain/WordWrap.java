package io.krmcp.output.explain;

/**
 * {@code github.com/mitchellh/go-wordwrap}'s {@code WrapString}, which kubectl explain uses: lines broken at
 * whitespace to at most {@code limit} characters, existing line breaks kept, words longer than the limit left whole.
 */
final class WordWrap {

    private static final int NBSP = 0xA0;

    private WordWrap() {
    }

    static String wrap(String s, int limit) {
        StringBuilder buf = new StringBuilder(s.length() + 16);
        StringBuilder word = new StringBuilder();
        StringBuilder space = new StringBuilder();
        int current = 0;
        int wordLen = 0;
        int spaceLen = 0;
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            i += Character.charCount(c);
            if (c == '\n') {
                buf.append(space);
                space.setLength(0);
                spaceLen = 0;
                buf.append(word);
                word.setLength(0);
                wordLen = 0;
                buf.append('\n');
                current = 0;
            } else if (isSpace(c) && c != NBSP) {
                if (space.length() == 0 || word.length() > 0) {
                    current += spaceLen + wordLen;
                    buf.append(space);
                    space.setLength(0);
                    spaceLen = 0;
                    buf.append(word);
                    word.setLength(0);
                    wordLen = 0;
                }
                space.appendCodePoint(c);
                spaceLen++;
            } else {
                word.appendCodePoint(c);
                wordLen++;
                if (current + spaceLen + wordLen > limit && wordLen < limit) {
                    buf.append('\n');
                    current = 0;
                    space.setLength(0);
                    spaceLen = 0;
                }
            }
        }
        if (word.length() == 0) {
            if (current + spaceLen <= limit) {
                buf.append(space);
            }
        } else {
            buf.append(space).append(word);
        }
        return buf.toString();
    }

    /** Go's {@code unicode.IsSpace}. */
    private static boolean isSpace(int c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r' || c == 0x85 || c == NBSP
                || Character.isSpaceChar(c);
    }
}
