package org.taiwa.library.ui;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.taiwa.library.StagedFile;

import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;

/**
 * The files received on the upload page and not stored yet, each with its own title and, for a file that is
 * already in the library, which document holds it. Their temporary files go when the page is left.
 */
class StagedFiles extends VerticalLayout {

    private final Map<StagedFile, TextField> titles = new LinkedHashMap<>();

    StagedFiles() {
        setId("upload-staged");
        setPadding(false);
    }

    void add(StagedFile file) {
        var title = new TextField(getTranslation("upload.file.title"));
        title.setValue(file.suggestedTitle());
        title.addClassName("taiwa-staged-title");
        title.setWidth("28rem");
        var info = new Span(file.fileName() + " · " + LibraryText.size(file.size()) + " · " + file.mediaType());
        var row = new HorizontalLayout(title, info);
        row.setAlignItems(Alignment.BASELINE);
        file.duplicateOf().ifPresent(duplicate -> {
            var warning = new Span(duplicate.existingTitle() == null ? getTranslation("upload.file.duplicate-hidden")
                    : getTranslation("upload.file.duplicate", duplicate.existingTitle(),
                            duplicate.getBody().getProperties().get("existingVersion")));
            warning.addClassName("taiwa-staged-duplicate");
            title.setEnabled(false);
            row.add(warning);
        });
        var remove = new Button(getTranslation("upload.file.remove"), e -> {
            remove(file);
            file.discard();
        });
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        row.add(remove);
        titles.put(file, title);
        add(row);
    }

    /** The files that can be stored (not those already in the library), in the order they came. */
    List<StagedFile> storable() {
        return titles.keySet().stream().filter(f -> f.duplicateOf().isEmpty()).toList();
    }

    TextField title(StagedFile file) {
        return titles.get(file);
    }

    /** Takes a file off the list (stored, or given up); its temporary file is the caller's. */
    void remove(StagedFile file) {
        TextField title = titles.remove(file);
        if (title != null) {
            title.getParent().ifPresent(this::remove);
        }
    }

    @Override
    protected void onDetach(DetachEvent event) {
        titles.keySet().forEach(StagedFile::discard);
        titles.clear();
    }
}
