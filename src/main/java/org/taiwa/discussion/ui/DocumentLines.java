package org.taiwa.discussion.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.taiwa.discussion.DocumentLink;
import org.taiwa.discussion.InvalidMeetingException;
import org.taiwa.discussion.InvalidMeetingException.Field;

/**
 * Linked documents as the form edits them: one per line, {@code title | url}, or a bare address that
 * is its own title. Until the library exists, this is how a meeting refers to documents.
 */
final class DocumentLines {

    private static final String SEPARATOR = "|";

    private DocumentLines() {
    }

    /** @throws InvalidMeetingException naming the first line that has no address */
    static List<DocumentLink> parse(String text) {
        List<DocumentLink> documents = new ArrayList<>();
        String[] lines = text == null ? new String[0] : text.split("\\R");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty()) {
                continue;
            }
            int bar = line.lastIndexOf(SEPARATOR);
            String title = bar < 0 ? line : line.substring(0, bar).strip();
            String url = bar < 0 ? line : line.substring(bar + 1).strip();
            if (title.isEmpty() || url.isEmpty()) {
                throw new InvalidMeetingException(Field.DOCUMENTS, "discussion.meeting.document.line",
                        "Line " + (i + 1) + " of the documents needs the form: title | url", i + 1);
            }
            documents.add(new DocumentLink(title, url));
        }
        return documents;
    }

    static String format(List<DocumentLink> documents) {
        return documents.stream().map(d -> d.title() + " " + SEPARATOR + " " + d.url())
                .collect(Collectors.joining("\n"));
    }
}
