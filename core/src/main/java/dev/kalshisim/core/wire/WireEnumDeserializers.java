package dev.kalshisim.core.wire;

import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.module.SimpleDeserializers;
import dev.kalshisim.core.model.WireValue;

/** Module deserializers that also supply a {@link WireEnumDeserializer} for every {@link WireValue} enum. */
final class WireEnumDeserializers extends SimpleDeserializers {

    private static final long serialVersionUID = 1L;

    @Override
    public JsonDeserializer<?> findEnumDeserializer(Class<?> type, DeserializationConfig config,
            BeanDescription description) throws JsonMappingException {
        if (WireValue.class.isAssignableFrom(type)) {
            return new WireEnumDeserializer(type);
        }
        return super.findEnumDeserializer(type, config, description);
    }
}
