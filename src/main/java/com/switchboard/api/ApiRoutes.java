package com.switchboard.api;

import com.switchboard.api.ApiOperations.Operation;
import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Maps every custom route of every operation in the registry to the operation, on its verb, in Spring
 * MVC's own handler mapping (so the API's error answers, interceptors and route patterns apply as to
 * any controller). A route that ends in a literal also answers with a {@code .json} or {@code .xml}
 * suffix; a route that ends in a path parameter takes the suffix off the parameter.
 */
@Component
class ApiRoutes implements SmartInitializingSingleton {

    private final ApiOperations operations;
    private final RequestMappingHandlerMapping mapping;

    ApiRoutes(ApiOperations operations, @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mapping) {
        this.operations = operations;
        this.mapping = mapping;
    }

    @Override
    public void afterSingletonsInstantiated() {
        for (Operation op : operations.all()) {
            mapping.registerMapping(RequestMappingInfo.paths(patterns(op.spec().routes()))
                    .methods(RequestMethod.valueOf(op.spec().verb()))
                    .options(mapping.getBuilderConfiguration()).build(), op, Operation.SERVE);
        }
    }

    static String[] patterns(String[] routes) {
        List<String> patterns = new ArrayList<>();
        for (String route : routes) {
            patterns.add(route);
            if (!route.endsWith("}")) {
                patterns.add(route + ".{ext:json|xml}");
            }
        }
        return patterns.toArray(String[]::new);
    }
}
