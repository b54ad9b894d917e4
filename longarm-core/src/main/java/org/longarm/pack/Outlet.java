package org.longarm.pack;

import java.util.List;

/** A news outlet or agency that articles cite (outlets.tsv), with its Admiralty reliability letter. */
public record Outlet(String name, String kind, String reliability, List<String> variants) {
    public Outlet {
        variants = List.copyOf(variants);
    }
}
