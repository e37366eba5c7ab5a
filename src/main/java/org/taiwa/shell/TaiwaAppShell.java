package org.taiwa.shell;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.theme.lumo.Lumo;

/**
 * Page-level settings. Styles are static CSS from the top-level {@code frontend/} folder, loaded by
 * URL so that Vaadin's pre-compiled bundle serves (see docs/decisions/0003-no-custom-frontend-bundle.md).
 * Server push carries live updates (new replies in an open thread, a new notification, unread counts) to open
 * pages without a reload.
 */
@Push
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("context://frontend-static/styles/taiwa.css")
@Meta(name = "description", content = "Taiwa — 東京62市区町村の気候政策ネットワーク")
public class TaiwaAppShell implements AppShellConfigurator {
}
