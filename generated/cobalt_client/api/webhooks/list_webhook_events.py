import datetime
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.list_webhook_events_delivery_status import ListWebhookEventsDeliveryStatus
from ...models.list_webhook_events_sort import ListWebhookEventsSort
from ...models.list_webhook_events_status import ListWebhookEventsStatus
from ...models.webhook_events_response import WebhookEventsResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    job_id: str | Unset = UNSET,
    event_type: str | Unset = UNSET,
    delivery_status: ListWebhookEventsDeliveryStatus | Unset = UNSET,
    status: ListWebhookEventsStatus | Unset = UNSET,
    start_date: datetime.date | Unset = UNSET,
    end_date: datetime.date | Unset = UNSET,
    page: int | Unset = 1,
    page_size: int | Unset = 50,
    sort: ListWebhookEventsSort | Unset = ListWebhookEventsSort.VALUE_1,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["job_id"] = job_id

    params["event_type"] = event_type

    json_delivery_status: str | Unset = UNSET
    if not isinstance(delivery_status, Unset):
        json_delivery_status = delivery_status.value

    params["delivery_status"] = json_delivery_status

    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status.value

    params["status"] = json_status

    json_start_date: str | Unset = UNSET
    if not isinstance(start_date, Unset):
        json_start_date = start_date.isoformat()
    params["start_date"] = json_start_date

    json_end_date: str | Unset = UNSET
    if not isinstance(end_date, Unset):
        json_end_date = end_date.isoformat()
    params["end_date"] = json_end_date

    params["page"] = page

    params["page_size"] = page_size

    json_sort: str | Unset = UNSET
    if not isinstance(sort, Unset):
        json_sort = sort.value

    params["sort"] = json_sort

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/webhook-events",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | WebhookEventsResponse | None:
    if response.status_code == 200:
        response_200 = WebhookEventsResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = Error.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = Error.from_dict(response.json())

        return response_403

    if response.status_code == 429:
        response_429 = Error.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = Error.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | WebhookEventsResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    job_id: str | Unset = UNSET,
    event_type: str | Unset = UNSET,
    delivery_status: ListWebhookEventsDeliveryStatus | Unset = UNSET,
    status: ListWebhookEventsStatus | Unset = UNSET,
    start_date: datetime.date | Unset = UNSET,
    end_date: datetime.date | Unset = UNSET,
    page: int | Unset = 1,
    page_size: int | Unset = 50,
    sort: ListWebhookEventsSort | Unset = ListWebhookEventsSort.VALUE_1,
) -> Response[Error | WebhookEventsResponse]:
    """The events sent to the webhook URLs, filtered and paged (awaiting results)

     The events of the access token, newest first unless `sort` says otherwise, a page at a time.
    With `job_id`, the events of the operation that answered with it, for a client that polls
    instead of receiving webhooks (the vendor's "Awaiting results" pages: about once a second
    until the list is not empty); empty while the operation is still pending.

    Args:
        job_id (str | Unset):
        event_type (str | Unset):
        delivery_status (ListWebhookEventsDeliveryStatus | Unset):
        status (ListWebhookEventsStatus | Unset):
        start_date (datetime.date | Unset):
        end_date (datetime.date | Unset):
        page (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 50.
        sort (ListWebhookEventsSort | Unset):  Default: ListWebhookEventsSort.VALUE_1.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | WebhookEventsResponse]
    """

    kwargs = _get_kwargs(
        job_id=job_id,
        event_type=event_type,
        delivery_status=delivery_status,
        status=status,
        start_date=start_date,
        end_date=end_date,
        page=page,
        page_size=page_size,
        sort=sort,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    job_id: str | Unset = UNSET,
    event_type: str | Unset = UNSET,
    delivery_status: ListWebhookEventsDeliveryStatus | Unset = UNSET,
    status: ListWebhookEventsStatus | Unset = UNSET,
    start_date: datetime.date | Unset = UNSET,
    end_date: datetime.date | Unset = UNSET,
    page: int | Unset = 1,
    page_size: int | Unset = 50,
    sort: ListWebhookEventsSort | Unset = ListWebhookEventsSort.VALUE_1,
) -> Error | WebhookEventsResponse | None:
    """The events sent to the webhook URLs, filtered and paged (awaiting results)

     The events of the access token, newest first unless `sort` says otherwise, a page at a time.
    With `job_id`, the events of the operation that answered with it, for a client that polls
    instead of receiving webhooks (the vendor's "Awaiting results" pages: about once a second
    until the list is not empty); empty while the operation is still pending.

    Args:
        job_id (str | Unset):
        event_type (str | Unset):
        delivery_status (ListWebhookEventsDeliveryStatus | Unset):
        status (ListWebhookEventsStatus | Unset):
        start_date (datetime.date | Unset):
        end_date (datetime.date | Unset):
        page (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 50.
        sort (ListWebhookEventsSort | Unset):  Default: ListWebhookEventsSort.VALUE_1.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | WebhookEventsResponse
    """

    return sync_detailed(
        client=client,
        job_id=job_id,
        event_type=event_type,
        delivery_status=delivery_status,
        status=status,
        start_date=start_date,
        end_date=end_date,
        page=page,
        page_size=page_size,
        sort=sort,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    job_id: str | Unset = UNSET,
    event_type: str | Unset = UNSET,
    delivery_status: ListWebhookEventsDeliveryStatus | Unset = UNSET,
    status: ListWebhookEventsStatus | Unset = UNSET,
    start_date: datetime.date | Unset = UNSET,
    end_date: datetime.date | Unset = UNSET,
    page: int | Unset = 1,
    page_size: int | Unset = 50,
    sort: ListWebhookEventsSort | Unset = ListWebhookEventsSort.VALUE_1,
) -> Response[Error | WebhookEventsResponse]:
    """The events sent to the webhook URLs, filtered and paged (awaiting results)

     The events of the access token, newest first unless `sort` says otherwise, a page at a time.
    With `job_id`, the events of the operation that answered with it, for a client that polls
    instead of receiving webhooks (the vendor's "Awaiting results" pages: about once a second
    until the list is not empty); empty while the operation is still pending.

    Args:
        job_id (str | Unset):
        event_type (str | Unset):
        delivery_status (ListWebhookEventsDeliveryStatus | Unset):
        status (ListWebhookEventsStatus | Unset):
        start_date (datetime.date | Unset):
        end_date (datetime.date | Unset):
        page (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 50.
        sort (ListWebhookEventsSort | Unset):  Default: ListWebhookEventsSort.VALUE_1.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | WebhookEventsResponse]
    """

    kwargs = _get_kwargs(
        job_id=job_id,
        event_type=event_type,
        delivery_status=delivery_status,
        status=status,
        start_date=start_date,
        end_date=end_date,
        page=page,
        page_size=page_size,
        sort=sort,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    job_id: str | Unset = UNSET,
    event_type: str | Unset = UNSET,
    delivery_status: ListWebhookEventsDeliveryStatus | Unset = UNSET,
    status: ListWebhookEventsStatus | Unset = UNSET,
    start_date: datetime.date | Unset = UNSET,
    end_date: datetime.date | Unset = UNSET,
    page: int | Unset = 1,
    page_size: int | Unset = 50,
    sort: ListWebhookEventsSort | Unset = ListWebhookEventsSort.VALUE_1,
) -> Error | WebhookEventsResponse | None:
    """The events sent to the webhook URLs, filtered and paged (awaiting results)

     The events of the access token, newest first unless `sort` says otherwise, a page at a time.
    With `job_id`, the events of the operation that answered with it, for a client that polls
    instead of receiving webhooks (the vendor's "Awaiting results" pages: about once a second
    until the list is not empty); empty while the operation is still pending.

    Args:
        job_id (str | Unset):
        event_type (str | Unset):
        delivery_status (ListWebhookEventsDeliveryStatus | Unset):
        status (ListWebhookEventsStatus | Unset):
        start_date (datetime.date | Unset):
        end_date (datetime.date | Unset):
        page (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 50.
        sort (ListWebhookEventsSort | Unset):  Default: ListWebhookEventsSort.VALUE_1.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | WebhookEventsResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            job_id=job_id,
            event_type=event_type,
            delivery_status=delivery_status,
            status=status,
            start_date=start_date,
            end_date=end_date,
            page=page,
            page_size=page_size,
            sort=sort,
        )
    ).parsed
