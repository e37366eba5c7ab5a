package org.taiwa.discussion.ui;

import java.util.function.Consumer;

import org.taiwa.directory.Municipality;
import org.taiwa.directory.MunicipalityDirectory;
import org.taiwa.discussion.InvalidInputException;
import org.taiwa.discussion.NewSpace;
import org.taiwa.discussion.Space;
import org.taiwa.discussion.SpaceKind;
import org.taiwa.discussion.Spaces;
import org.taiwa.security.policy.Visibility;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

/** The secretariat's form for a new committee, working group or forum; the service's message shows on the name. */
class NewSpaceDialog extends Dialog {

    NewSpaceDialog(Spaces spaces, MunicipalityDirectory municipalities, Consumer<Space> created) {
        setHeaderTitle(getTranslation("spaces.new"));
        var nameJa = new TextField(getTranslation("spaces.new.name-ja"));
        nameJa.setId("new-space-name-ja");
        nameJa.setMaxLength(NewSpace.MAX_NAME);
        var nameEn = new TextField(getTranslation("spaces.new.name-en"));
        nameEn.setMaxLength(NewSpace.MAX_NAME);
        var kind = new Select<SpaceKind>();
        kind.setLabel(getTranslation("spaces.kind"));
        kind.setItems(SpaceKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("enum.SpaceKind." + k.name()));
        kind.setValue(SpaceKind.WORKING_GROUP);
        var visibility = new Select<Visibility>();
        visibility.setLabel(getTranslation("spaces.visibility"));
        visibility.setItems(Visibility.values());
        visibility.setItemLabelGenerator(v -> getTranslation("enum.Visibility." + v.name()));
        visibility.setValue(Visibility.MEMBERS_ONLY);
        var members = new MultiSelectComboBox<String>(getTranslation("spaces.new.municipalities"));
        members.setItems(municipalities.all().stream().map(Municipality::nameJa).toList());
        var purpose = new TextArea(getTranslation("spaces.purpose"));
        var form = new FormLayout(nameJa, nameEn, kind, visibility, members, purpose);
        form.setColspan(purpose, 2);
        form.setColspan(members, 2);
        add(form);

        var save = new Button(getTranslation("spaces.new.create"), e -> {
            try {
                Space space = spaces.create(new NewSpace(kind.getValue(), nameJa.getValue(), nameEn.getValue(),
                        purpose.getValue(), visibility.getValue(), null, members.getValue(), null));
                close();
                created.accept(space);
            } catch (InvalidInputException problem) {
                nameJa.setErrorMessage(getTranslation(problem.getCodes()[0], problem.getArguments()));
                nameJa.setInvalid(true);
            }
        });
        save.setId("new-space-create");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("attachment.cancel"), e -> close()), save);
    }
}
