/**
 * Shell: the app layout and navigation, i18n (Japanese first, English second), and the global
 * error handling of the UI and the API.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Shell")
package org.taiwa.shell;
