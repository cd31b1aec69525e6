import { propertyTests } from "../../tests/support/proptest.js";
import { FUNCTIONAL_LAMBDAS } from "./lambdas.js";
propertyTests("functional", FUNCTIONAL_LAMBDAS);
