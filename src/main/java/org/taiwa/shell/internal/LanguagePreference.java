package org.taiwa.shell.internal;

import java.util.Locale;

import org.springframework.stereotype.Component;
import org.taiwa.directory.MemberProfiles;
import org.taiwa.security.CurrentMember;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;

/**
 * Japanese unless the member chose English: the choice is kept in the session, and in the
 * member's profile once signed in, so it follows them to their next sign-in.
 */
@Component
public class LanguagePreference implements VaadinServiceInitListener {

    private final CurrentMember currentMember;
    private final MemberProfiles profiles;

    LanguagePreference(CurrentMember currentMember, MemberProfiles profiles) {
        this.currentMember = currentMember;
        this.profiles = profiles;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(e -> e.getSession().setLocale(TaiwaI18NProvider.JAPANESE));
        event.getSource().addUIInitListener(e -> e.getUI().setLocale(initialLocale(e.getUI().getSession())));
    }

    private Locale initialLocale(VaadinSession session) {
        try {
            return currentMember.get()
                    .flatMap(member -> profiles.byUsername(member.username()))
                    .map(member -> member.language())
                    .orElse(session.getLocale());
        } catch (RuntimeException e) {
            if (!DatabaseOutage.causedBy(e)) {
                throw e;
            }
            // the page itself then says the database is unavailable, in the session's language
            return session.getLocale();
        }
    }

    /** Switches every open view of this session and remembers the choice. */
    public void choose(Locale language) {
        var session = VaadinSession.getCurrent();
        session.setLocale(language);
        session.getUIs().forEach(ui -> ui.setLocale(language));
        currentMember.get().ifPresent(member -> profiles.setLanguage(member.username(), language));
        UI.getCurrent().getPage().reload();
    }
}
