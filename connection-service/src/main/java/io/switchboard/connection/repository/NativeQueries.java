package io.switchboard.connection.repository;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import java.util.List;
import java.util.Map;
import org.hibernate.reactive.mutiny.Mutiny;

/**
 * The repositories' queries, in SQL on the current session. Entities found this way are managed as any others. The
 * service keeps to SQL so that Hibernate never loads its HQL parser and translator: about 1,100 classes, some 10 MB
 * of metaspace and symbols in every replica (docs/runbooks/kubernetes.md, "Memory").
 */
final class NativeQueries {

    private NativeQueries() {}

    /** The rows of {@code sql} as {@code type} (an entity, or one column's Java type). */
    static <T> Uni<List<T>> list(Class<T> type, String sql, Map<String, Object> parameters) {
        return Panache.getSession()
                .flatMap(session ->
                        bind(session.createNativeQuery(sql, type), parameters).getResultList());
    }

    /** The first row of {@code sql} as {@code type}, or null. */
    static <T> Uni<T> first(Class<T> type, String sql, Map<String, Object> parameters) {
        return list(type, sql, parameters).map(rows -> rows.isEmpty() ? null : rows.get(0));
    }

    /** Runs the statement {@code sql}; the count of rows it changed. */
    static Uni<Integer> update(String sql, Map<String, Object> parameters) {
        return Panache.getSession().flatMap(session -> {
            Mutiny.MutationQuery query = session.createNativeQuery(sql);
            parameters.forEach(query::setParameter);
            return query.executeUpdate();
        });
    }

    private static <T> Mutiny.SelectionQuery<T> bind(Mutiny.SelectionQuery<T> query, Map<String, Object> parameters) {
        parameters.forEach(query::setParameter);
        return query;
    }
}
