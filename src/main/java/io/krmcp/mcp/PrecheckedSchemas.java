package io.krmcp.mcp;

import java.util.Map;

import io.modelcontextprotocol.json.McpJsonDefaults;
import io.modelcontextprotocol.json.schema.JsonSchemaValidator;

/**
 * The SDK's JSON Schema validator, loaded only if a value is ever validated against a schema. Building a server
 * loads it to check that each tool's schema is a schema, and that alone took a quarter of the start-up (about 250
 * classes before {@code initialize} could be answered). Our tools' schemas are constants, checked against the SDK's
 * validator by {@code ToolSchemasTest}, so that check is not repeated at every start. Tool arguments are not
 * validated by the SDK either: each tool checks its own, names what is allowed and audits the refusal, which the
 * SDK's generic message skipped.
 */
final class PrecheckedSchemas implements JsonSchemaValidator {

    private volatile JsonSchemaValidator sdk;

    @Override
    public ValidationResponse validateSchema(Map<String, Object> schema) {
        return ValidationResponse.asValid(null);
    }

    @Override
    public ValidationResponse validate(Map<String, Object> schema, Object value) {
        JsonSchemaValidator validator = sdk;
        if (validator == null) {
            validator = McpJsonDefaults.getSchemaValidator();
            sdk = validator;
        }
        return validator.validate(schema, value);
    }
}
