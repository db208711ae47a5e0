package org.hum.web.source;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.hum.api.Page;
import org.hum.api.source.SourceSummary;
import org.hum.source.boundary.SourceRegistry;
import org.hum.web.session.UserBean;

import java.util.List;

/** The source register page: the files the user may see, twenty to a page. */
@Named
@RequestScoped
public class SourceListBean {
    @Inject
    SourceRegistry registry;

    @Inject
    UserBean user;

    private int page;
    private Page<SourceSummary> current;

    private Page<SourceSummary> current() {
        if (current == null) {
            current = user.isSourceReader() ? registry.list(page, Page.DEFAULT_SIZE)
                    : new Page<>(List.of(), 0, Page.DEFAULT_SIZE, 0);
        }
        return current;
    }

    public List<SourceSummary> getItems() {
        return current().items();
    }

    public long getTotal() {
        return current().total();
    }

    public boolean isHasPrevious() {
        return page > 0;
    }

    public boolean isHasNext() {
        return (long) (page + 1) * Page.DEFAULT_SIZE < current().total();
    }

    public int getPage() {
        return page;
    }

    public void setPage(int page) {
        this.page = Math.max(0, Math.min(page, 1_000_000));
    }
}
