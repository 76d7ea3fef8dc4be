package io.krmcp.kube.model;

/** kubectl's own words for a type the server does not serve. */
public final class UnknownResourceTypeException extends Exception {

    public UnknownResourceTypeException(String token) {
        super("error: the server doesn't have a resource type \"" + token + "\"", null, false, false);
    }
}
