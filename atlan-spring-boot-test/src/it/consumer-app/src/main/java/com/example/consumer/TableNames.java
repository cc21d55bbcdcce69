package com.example.consumer;

import java.util.List;

import dev.atlanspring.client.AtlanClient;
import dev.atlanspring.client.asset.Asset;
import dev.atlanspring.client.search.Query;
import dev.atlanspring.client.search.Search;
import org.springframework.stereotype.Service;

/** What a user's service does with the client: list the tables of a schema. */
@Service
public class TableNames {

    private final AtlanClient atlan;

    public TableNames(AtlanClient atlan) {
        this.atlan = atlan;
    }

    public List<String> inSchema(String schema) {
        return this.atlan.assets()
            .search(Search.type("Table").filter(Query.term("schemaName", schema)))
            .stream()
            .map(Asset::name)
            .sorted()
            .toList();
    }

}
