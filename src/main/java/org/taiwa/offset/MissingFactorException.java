package org.taiwa.offset;

/** The factor set has no factor for an activity the inputs name (e.g. an unknown electricity supplier). */
public class MissingFactorException extends IllegalArgumentException {

    private final transient Category category;
    private final String item;

    public MissingFactorException(Category category, String item, String factorSetName) {
        super("the factor set \"" + factorSetName + "\" has no factor for " + category.code() + "/" + item);
        this.category = category;
        this.item = item;
    }

    public Category category() {
        return category;
    }

    public String item() {
        return item;
    }
}
