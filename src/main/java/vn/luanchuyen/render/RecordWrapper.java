package vn.luanchuyen.render;

import freemarker.template.AdapterTemplateModel;
import freemarker.template.DefaultObjectWrapper;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.SimpleCollection;
import freemarker.template.TemplateCollectionModel;
import freemarker.template.TemplateHashModelEx;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.Version;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Freemarker's default object wrapper, with a quicker way into our records: a template reads
 * {@code x.field} of a public record through the record's own public no-argument methods, looked
 * up once per class and called without the access check Freemarker's bean model makes on every
 * call (a national build reads hundreds of millions of fields). Anything else a template asks of
 * a record (a method with arguments, or a field called as a method) goes to the bean model
 * Freemarker would have made, so
 * templates see the same values as before; every other value is wrapped as Freemarker wraps it.
 */
final class RecordWrapper extends DefaultObjectWrapper {
    private final ClassValue<Fields> fields = new ClassValue<>() {
        @Override
        protected Fields computeValue(Class<?> type) {
            return Fields.of(type);
        }
    };

    RecordWrapper(Version version) {
        super(new DefaultObjectWrapperBuilder(version), true);
    }

    @Override
    protected TemplateModel handleUnknownType(Object obj) throws TemplateModelException {
        if (obj instanceof Record r) {
            Fields f = fields.get(r.getClass());
            if (f != null) return new RecordModel(r, f, this);
        }
        return super.handleUnknownType(obj);
    }

    /** The bean model Freemarker makes of a record, for what the fields do not answer. */
    private TemplateModel beanModel(Record r) throws TemplateModelException {
        return super.handleUnknownType(r);
    }

    /**
     * The public no-argument methods that return a value, declared by a public record class, by
     * name: its components' accessors and any such method of its own (Freemarker reads both as
     * properties). Null for a record class that is not public, which Freemarker's model handles.
     */
    private record Fields(Map<String, Method> byName) {
        static Fields of(Class<?> type) {
            if (!Modifier.isPublic(type.getModifiers())) return null;
            Map<String, Method> byName = new LinkedHashMap<>();
            for (java.lang.reflect.RecordComponent c : type.getRecordComponents()) byName.put(c.getName(), c.getAccessor());
            List<Method> own = new ArrayList<>(List.of(type.getDeclaredMethods()));
            own.sort(java.util.Comparator.comparing(Method::getName)); // declared methods come in no fixed order
            for (Method m : own) {
                int mod = m.getModifiers();
                if (Modifier.isPublic(mod) && !Modifier.isStatic(mod) && m.getParameterCount() == 0 && m.getReturnType() != void.class
                        && !m.isSynthetic() && !m.isBridge() && !List.of("toString", "hashCode").contains(m.getName())) {
                    byName.putIfAbsent(m.getName(), m);
                }
            }
            for (Method m : byName.values()) m.setAccessible(true); // public members of a public class: always allowed
            return new Fields(Collections.unmodifiableMap(byName));
        }
    }

    /** A record as a hash of its fields; unwraps to the record when passed back to Java. */
    private static final class RecordModel implements TemplateHashModelEx, AdapterTemplateModel,
            freemarker.ext.util.WrapperTemplateModel, freemarker.template.MethodCallAwareTemplateHashModel {
        private final Record record;
        private final Fields fields;
        private final RecordWrapper wrapper;
        private TemplateModel bean;

        RecordModel(Record record, Fields fields, RecordWrapper wrapper) {
            this.record = record;
            this.fields = fields;
            this.wrapper = wrapper;
        }

        @Override
        public TemplateModel get(String key) throws TemplateModelException {
            Method m = fields.byName().get(key);
            if (m == null) return bean().get(key);
            Object value;
            try {
                value = m.invoke(record);
            } catch (IllegalAccessException e) {
                throw new TemplateModelException("cannot read " + key + " of " + record.getClass().getName(), e);
            } catch (InvocationTargetException e) {
                throw new TemplateModelException(key + " of " + record.getClass().getName() + " failed: " + e.getCause(), e.getCause());
            }
            return wrapper.wrap(value);
        }

        /** {@code x.field()}: called as a method, as Freemarker's bean model lets a template call it. */
        @Override
        public TemplateModel getBeforeMethodCall(String key) throws TemplateModelException,
                freemarker.template.MethodCallAwareTemplateHashModel.ShouldNotBeGetAsMethodException {
            return bean() instanceof freemarker.template.MethodCallAwareTemplateHashModel aware ? aware.getBeforeMethodCall(key) : bean().get(key);
        }

        private freemarker.template.TemplateHashModel bean() throws TemplateModelException {
            if (bean == null) bean = wrapper.beanModel(record);
            return (freemarker.template.TemplateHashModel) bean;
        }

        @Override
        public boolean isEmpty() {
            return false;
        }

        @Override
        public int size() {
            return fields.byName().size();
        }

        @Override
        public TemplateCollectionModel keys() {
            return new SimpleCollection(fields.byName().keySet(), wrapper);
        }

        @Override
        public TemplateCollectionModel values() throws TemplateModelException {
            List<TemplateModel> values = new ArrayList<>();
            for (String key : fields.byName().keySet()) values.add(get(key));
            return new SimpleCollection(values, wrapper);
        }

        @Override
        public Object getAdaptedObject(Class<?> hint) {
            return record;
        }

        @Override
        public Object getWrappedObject() {
            return record;
        }
    }
}
