package io.krmcp.kube;

import java.util.Optional;

import com.fasterxml.jackson.core.filter.TokenFilter;

/**
 * How an answer is parsed to build no more than {@link KubeApi.Answer} asks: Jackson token filters that skip
 * subtrees while the answer streams in, so what is left out is never decoded.
 */
final class AnswerFilter {

    private static final TokenFilter MANAGED_FIELDS_LEFT_OUT = new ManagedFieldsFilter(false);

    private AnswerFilter() {
    }

    /** The filter for an answer, or none when it is read whole. */
    static Optional<TokenFilter> of(KubeApi.Answer answer) {
        if (answer.managedFields() && answer.items().isAll()) {
            return Optional.empty();
        }
        return Optional.of(answer.items().isAll() ? MANAGED_FIELDS_LEFT_OUT : new ProjectedItems(answer.items()));
    }

    /**
     * Leaves out {@code managedFields} members of {@code metadata} objects, wherever they are nested (list items,
     * Table rows, pod templates), and nothing else: a ConfigMap key or an OpenAPI property of that name stays.
     */
    private static class ManagedFieldsFilter extends TokenFilter {

        private static final TokenFilter IN_METADATA = new ManagedFieldsFilter(true);

        final boolean inMetadata;

        ManagedFieldsFilter(boolean inMetadata) {
            this.inMetadata = inMetadata;
        }

        @Override
        public TokenFilter includeProperty(String name) {
            if (inMetadata) {
                return name.equals("managedFields") ? null : TokenFilter.INCLUDE_ALL;
            }
            return name.equals("metadata") ? IN_METADATA : this;
        }

        @Override
        protected boolean _includeScalar() {
            return true;
        }

        // an empty list is still a list ("items": [] says "No resources found")
        @Override
        public boolean includeEmptyArray(boolean contentsFiltered) {
            return true;
        }

        @Override
        public boolean includeEmptyObject(boolean contentsFiltered) {
            return true;
        }
    }

    /**
     * A list with each of its {@code items} projected: the list's own fields whole (its {@code continue} token),
     * managedFields left out everywhere.
     */
    private static final class ProjectedItems extends ManagedFieldsFilter {

        private final TokenFilter items;

        ProjectedItems(Projection projection) {
            super(false);
            TokenFilter item = new ProjectedObject(projection, false);
            this.items = new ManagedFieldsFilter(false) {
                @Override
                public TokenFilter includeElement(int index) {
                    return item;
                }
            };
        }

        @Override
        public TokenFilter includeProperty(String name) {
            return name.equals("items") ? items : super.includeProperty(name);
        }
    }

    /** An object (or each element of an array) keeping the projected fields, without managedFields. */
    private static final class ProjectedObject extends ManagedFieldsFilter {

        private final Projection projection;

        ProjectedObject(Projection projection, boolean inMetadata) {
            super(inMetadata);
            this.projection = projection;
        }

        @Override
        public TokenFilter includeProperty(String name) {
            Projection child = projection.field(name);
            if (child == null || inMetadata && name.equals("managedFields")) {
                return null;
            }
            if (child.isAll()) {
                return name.equals("metadata") ? ManagedFieldsFilter.IN_METADATA
                        : inMetadata ? TokenFilter.INCLUDE_ALL : MANAGED_FIELDS_LEFT_OUT;
            }
            return new ProjectedObject(child, name.equals("metadata"));
        }
    }
}
