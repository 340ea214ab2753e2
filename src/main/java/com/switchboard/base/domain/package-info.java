/** Value types shared by several features. */
package com.switchboard.base.domain;
