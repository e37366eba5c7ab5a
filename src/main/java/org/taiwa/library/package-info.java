/**
 * Library: policy documents (proposals, guidebooks, reports, minutes, pamphlets) with their metadata and
 * versions, originals in GridFS, and text extracted in the background with bounded Tika. Its API is
 * {@link org.taiwa.library.PolicyLibrary} (reading), {@link org.taiwa.library.DocumentUploads},
 * {@link org.taiwa.library.DocumentEditor}, {@link org.taiwa.library.DocumentFeed} (for the search index)
 * and {@link org.taiwa.library.FiscalYear}; the discussion module provides
 * {@link org.taiwa.library.LibrarySpaces} and {@link org.taiwa.library.DocumentDiscussions}.
 * See docs/decisions/0012-library-storage.md.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Library",
        allowedDependencies = {"storage", "security", "security :: policy", "directory", "audit", "shell"})
package org.taiwa.library;
