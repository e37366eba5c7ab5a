package org.taiwa.bench.load;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** The state of the UI the client shows: its id, csrf token, sequence numbers and the constants it was sent. */
final class UiState {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    final int id;
    final String csrf;
    final String pushId;
    final int heartbeatSeconds;
    final Map<String, JsonNode> constants = new HashMap<>();
    int syncId;
    int clientId;
    int historyIndex;
    int promise;
    long lastHeartbeat = System.nanoTime();

    UiState(int id, String csrf, String pushId, int heartbeatSeconds) {
        this.id = id;
        this.csrf = csrf;
        this.pushId = pushId;
        this.heartbeatSeconds = heartbeatSeconds;
    }

    void read(JsonNode uidl) {
        if (uidl.has("syncId")) {
            syncId = uidl.path("syncId").asInt();
        }
        if (uidl.has("clientId")) {
            clientId = uidl.path("clientId").asInt();
        }
        uidl.path("constants").properties().forEach(e -> constants.put(e.getKey(), e.getValue()));
    }

    /** Nodes of the response that became a {@code vaadin-virtual-list}. */
    List<Integer> newVirtualLists(JsonNode response) {
        var nodes = new ArrayList<Integer>();
        for (JsonNode change : response.path("changes")) {
            if (change.path("feat").asInt(-1) == 0 && "tag".equals(change.path("key").asString(""))
                    && "vaadin-virtual-list".equals(change.path("value").asString(""))) {
                nodes.add(change.path("node").asInt());
            }
        }
        return nodes;
    }

    /** A call of a {@code @ClientCallable} method, as the web component's connector makes it. */
    JsonNode call(int node, String method, int... args) {
        ObjectNode call = JSON.createObjectNode().put("type", "publishedEventHandler").put("node", node)
                .put("templateEventMethodName", method);
        var array = call.putArray("templateEventMethodArgs");
        for (int arg : args) {
            array.add(arg);
        }
        call.put("promise", promise++);
        return call;
    }

    /**
     * What the browser answers a response with: a {@code confirmUpdate} for each batch of grid or list rows
     * (the server keeps the rows' keys until then), and once new web components have upgraded, the
     * {@code *-changed} events of the listeners that synchronise a property (their constant names a
     * {@code }property}). Property values are not sent: the server only notes the events.
     */
    List<JsonNode> followUps(JsonNode response) {
        var events = new ArrayList<JsonNode>();
        for (JsonNode execute : response.path("execute")) {
            String script = execute.path(execute.size() - 1).asString("");
            if (script.contains("$connector.confirm($1)") && execute.size() >= 3) {
                events.add(call(execute.path(0).path("@v-node").asInt(), "confirmUpdate",
                        execute.path(1).asInt()));
            }
        }
        for (JsonNode change : response.path("changes")) {
            String key = change.path("key").asString("");
            if (change.path("feat").asInt(-1) == 4 && "put".equals(change.path("type").asString())
                    && key.endsWith("-changed") && synchronizes(change.path("value").asString(""))) {
                ObjectNode event = JSON.createObjectNode().put("type", "event")
                        .put("node", change.path("node").asInt()).put("event", key);
                event.putObject("data");
                events.add(event);
            }
        }
        return events;
    }

    private boolean synchronizes(String constant) {
        JsonNode value = constants.get(constant);
        if (value == null) {
            return false;
        }
        for (String name : value.propertyNames()) {
            if (name.startsWith("}")) {
                return true;
            }
        }
        return false;
    }
}
