package org.taiwa.discussion.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;
import org.taiwa.directory.Municipality;
import org.taiwa.directory.MunicipalityDirectory;
import org.taiwa.directory.Participation;
import org.taiwa.discussion.DiscussionProperties;
import org.taiwa.discussion.Space;
import org.taiwa.discussion.SpaceId;
import org.taiwa.discussion.SpaceKind;
import org.taiwa.discussion.Spaces;
import org.taiwa.security.policy.Visibility;

/**
 * The research committee's structure of 2009–2011 (seed/press-release-2012-05-31.md) as demo spaces:
 * saved under fixed ids, so starting again updates them instead of adding more. Memberships come from
 * the directory, which reads config/tokyo-62-municipalities.csv. Off with
 * {@code taiwa.discussion.demo-data=false}.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE - 100)
class DemoSpaces implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoSpaces.class);
    private static final String ACADEMIC = "academic.yamada";

    private final MongoTemplate mongo;
    private final MunicipalityDirectory directory;
    private final DiscussionProperties properties;
    private final Spaces readers;

    DemoSpaces(MongoTemplate mongo, MunicipalityDirectory directory, DiscussionProperties properties,
               Spaces readers) {
        this.mongo = mongo;
        this.readers = readers;
        this.directory = directory;
        this.properties = properties;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!properties.demoData()) {
            return;
        }
        List<Space> spaces = spaces();
        spaces.forEach(space -> mongo.save(SpaceDocument.of(space)));
        readers.reread();
        log.info("Discussion demo data: {} spaces", spaces.size());
    }

    List<Space> spaces() {
        Set<String> committee = municipalities(Participation.COMMITTEE_2009_2011);
        Set<String> modelStudy = municipalities(Participation.MODEL_STUDY_2011);
        var spaces = new ArrayList<Space>(List.of(
                space("municipal-committee", SpaceKind.COMMITTEE, "自治体委員会", "Municipal staff committee",
                        "市区町村職員が直接顔を合わせて話し合う、対話型の委員会。", Visibility.MEMBERS_ONLY, Set.of(), committee),
                space("expert-committee", SpaceKind.COMMITTEE, "検討委員会", "Expert committee",
                        "学識経験者等による検討委員会。", Visibility.MEMBERS_ONLY, Set.of(ACADEMIC), Set.of()),
                space("joint-plenary", SpaceKind.COMMITTEE, "総合委員会", "Joint plenary",
                        "自治体委員会と検討委員会の合同会議体。提言をとりまとめる。", Visibility.MEMBERS_ONLY, Set.of(ACADEMIC),
                        committee)));
        for (int model = 1; model <= 4; model++) {
            spaces.add(space("model-" + model, SpaceKind.WORKING_GROUP, "取組モデル" + model,
                    "Implementation model " + model,
                    "取組モデル" + model + "について、事業の発案から企画立案、事業化、実施までを個別に検討する。",
                    Visibility.MEMBERS_ONLY, Set.of(), modelStudy));
        }
        spaces.add(space("forum", SpaceKind.FORUM, "オープンフォーラム", "Open forum",
                "62市区町村の誰もが参加できる、気候変動政策の意見交換の場。", Visibility.ALL_MUNICIPALITIES, Set.of(), Set.of()));
        return spaces;
    }

    private Set<String> municipalities(Participation participation) {
        return directory.all().stream().filter(m -> m.tookPartIn(participation)).map(Municipality::nameJa)
                .collect(Collectors.toUnmodifiableSet());
    }

    private static Space space(String id, SpaceKind kind, String nameJa, String nameEn, String purpose,
                               Visibility visibility, Set<String> people, Set<String> municipalities) {
        return new Space(new SpaceId(id), kind, nameJa, nameEn, purpose, visibility, people, municipalities, Set.of(),
                false);
    }
}
