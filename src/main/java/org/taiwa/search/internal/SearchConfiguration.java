package org.taiwa.search.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.taiwa.directory.DirectoryProperties;
import org.taiwa.directory.Municipality;
import org.taiwa.directory.MunicipalityDirectory;
import org.taiwa.discussion.DiscussionFeed;
import org.taiwa.library.DocumentFeed;
import org.taiwa.search.SearchProperties;
import org.taiwa.storage.DatabaseIdentity;
import org.taiwa.storage.Sequences;

/** The analyzers, the index kept by {@link IndexKeeper} with its feeds, and the synonym list. */
@Configuration(proxyBeanMethods = false)
class SearchConfiguration {

    @Bean
    JapaneseAnalyzers japaneseAnalyzers(DirectoryProperties directory,
                                        @Value("classpath:taiwa-config/search-terms.txt") Resource terms) {
        try (InputStream csv = directory.municipalities().getInputStream(); InputStream words = terms.getInputStream()) {
            return SearchAnalysis.analyzers(csv, words);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the search dictionary sources", e);
        }
    }

    @Bean(destroyMethod = "close")
    IndexKeeper indexKeeper(SearchProperties properties, JapaneseAnalyzers analyzers, DocumentFeed documents,
                            DiscussionFeed discussions, MunicipalityDirectory directory, Sequences sequences,
                            DatabaseIdentity identity) {
        var names = new java.util.concurrent.atomic.AtomicReference<Map<String, String>>();
        var documentChanges = new DocumentChanges(documents, id -> {
            if (names.get() == null || names.get().isEmpty()) {
                names.set(directory.all().stream().collect(Collectors.toMap(m -> m.id().value(), Municipality::nameJa)));
            }
            return names.get().getOrDefault(id.value(), id.value());
        });
        return new IndexKeeper(properties.indexDir(), analyzers,
                List.of(documentChanges, new PostChanges(discussions)), () -> sequences.current(Sequences.CHANGES),
                identity::id,
                new IndexKeeper.Settings(properties.pollInterval(), properties.gapTimeout(), properties.batchSize(),
                        properties.commitEvery()));
    }

    @Bean
    IndexHealthIndicator searchIndexHealthIndicator(IndexKeeper keeper, SearchProperties properties) {
        return new IndexHealthIndicator(keeper, properties.maxLag());
    }

    @Bean
    SearchMetrics searchMetrics(IndexKeeper keeper) {
        return new SearchMetrics(keeper);
    }

    @Bean
    SynonymStore synonymStore(MongoTemplate mongo,
                              @Value("classpath:taiwa-config/search-synonyms.txt") Resource defaults) {
        try {
            return new SynonymStore(mongo, defaults.getInputStream());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the default synonyms", e);
        }
    }

    @Bean
    QueryBuilder queryBuilder(JapaneseAnalyzers analyzers) {
        return new QueryBuilder(analyzers);
    }
}
