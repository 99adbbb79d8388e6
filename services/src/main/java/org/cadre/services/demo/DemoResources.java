package org.cadre.services.demo;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonStructure;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Reads the demo data's JSON resources ({@code /demo/*.json} in this module). */
final class DemoResources {

  private DemoResources() {}

  static JsonArray array(String resource) {
    return read(resource).asJsonArray();
  }

  static JsonObject object(String resource) {
    return read(resource).asJsonObject();
  }

  private static JsonStructure read(String resource) {
    try (InputStream in = DemoResources.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("no demo resource " + resource);
      }
      try (JsonReader reader = Json.createReader(in)) {
        return reader.read();
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
  }
}
